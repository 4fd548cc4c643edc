package org.chartfolio.plan;

/** Where a goal stands; its label is the message {@code goal.status.<NAME>}. */
public enum GoalStatus {

	PLANNED, IN_PROGRESS, DONE, DROPPED;

	public boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}

	public String messageKey() {
		return "goal.status." + name();
	}

}
