package org.chartfolio.plan;

import java.time.LocalDate;
import java.util.List;

import org.chartfolio.evidence.EvidenceSummary;

/** A goal as the plan page shows it, with the flags the candidate should notice. */
public record GoalView(long id, long portfolioId, String title, String reason, String actions, LocalDate targetDate,
		GoalStatus status, String outcome, LocalDate completedOn, List<EvidenceSummary> evidence, boolean overdue,
		long version) {

	public boolean doneWithoutEvidence() {
		return this.status == GoalStatus.DONE && this.evidence.isEmpty();
	}

}
