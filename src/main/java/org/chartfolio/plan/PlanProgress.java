package org.chartfolio.plan;

import java.util.List;

/**
 * Counts of a portfolio's goals, for progress summaries. Dropped goals do not count
 * towards the total.
 */
public record PlanProgress(int total, int done, int overdue, int doneWithoutEvidence) {

	/**
	 * The counts of goals already read, so that a page showing both needs to read them
	 * once.
	 */
	public static PlanProgress of(List<GoalView> goals) {
		int done = (int) goals.stream().filter((goal) -> goal.status() == GoalStatus.DONE).count();
		int overdue = (int) goals.stream().filter(GoalView::overdue).count();
		int unevidenced = (int) goals.stream().filter(GoalView::doneWithoutEvidence).count();
		int counted = (int) goals.stream().filter((goal) -> goal.status() != GoalStatus.DROPPED).count();
		return new PlanProgress(counted, done, overdue, unevidenced);
	}

}
