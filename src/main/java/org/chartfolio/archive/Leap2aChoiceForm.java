package org.chartfolio.archive;

import java.util.ArrayList;
import java.util.List;

/** What to bring in from a previewed Leap2A upload. */
class Leap2aChoiceForm {

	private List<String> selected = new ArrayList<>();

	private boolean tasksAsGoals;

	/**
	 * {@code whole}: a page becomes one item listing its parts; {@code parts}: its parts
	 * become items.
	 */
	private String pages = "whole";

	public List<String> getSelected() {
		return this.selected;
	}

	public void setSelected(List<String> selected) {
		this.selected = (selected != null) ? selected : new ArrayList<>();
	}

	public boolean isTasksAsGoals() {
		return this.tasksAsGoals;
	}

	public void setTasksAsGoals(boolean tasksAsGoals) {
		this.tasksAsGoals = tasksAsGoals;
	}

	public String getPages() {
		return this.pages;
	}

	public void setPages(String pages) {
		this.pages = pages;
	}

}
