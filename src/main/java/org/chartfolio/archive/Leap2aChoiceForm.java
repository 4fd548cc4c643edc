package org.chartfolio.archive;

import java.util.ArrayList;
import java.util.List;

import lombok.Getter;
import lombok.Setter;

/** What to bring in from a previewed Leap2A upload. */
@Getter
@Setter
class Leap2aChoiceForm {

	private List<String> selected = new ArrayList<>();

	private boolean tasksAsGoals;

	/**
	 * {@code whole}: a page becomes one item listing its parts; {@code parts}: its parts
	 * become items.
	 */
	private String pages = "whole";

	public void setSelected(List<String> selected) {
		this.selected = (selected != null) ? selected : new ArrayList<>();
	}

}
