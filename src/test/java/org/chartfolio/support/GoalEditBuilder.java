package org.chartfolio.support;

import java.time.LocalDate;
import java.util.Set;

import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService.GoalEdit;

/**
 * A development plan goal as the candidate edits it, with defaults, so that a test names
 * only what it is about:
 * {@code goal("First Aid course").status(DONE).outcome("Passed.").build()}. By default a
 * new planned goal (no version) with no reason, actions, target date, outcome or
 * evidence.
 */
public final class GoalEditBuilder {

	private final String title;

	private String reason = "";

	private String actions = "";

	private LocalDate targetDate;

	private GoalStatus status = GoalStatus.PLANNED;

	private String outcome = "";

	private Set<Long> evidenceIds = Set.of();

	private Long version;

	private GoalEditBuilder(String title) {
		this.title = title;
	}

	public static GoalEditBuilder goal(String title) {
		return new GoalEditBuilder(title);
	}

	public GoalEditBuilder reason(String reason) {
		this.reason = reason;
		return this;
	}

	public GoalEditBuilder actions(String actions) {
		this.actions = actions;
		return this;
	}

	public GoalEditBuilder target(LocalDate targetDate) {
		this.targetDate = targetDate;
		return this;
	}

	public GoalEditBuilder status(GoalStatus status) {
		this.status = status;
		return this;
	}

	public GoalEditBuilder outcome(String outcome) {
		this.outcome = outcome;
		return this;
	}

	public GoalEditBuilder evidence(Long... evidenceIds) {
		return evidence(Set.of(evidenceIds));
	}

	public GoalEditBuilder evidence(Set<Long> evidenceIds) {
		this.evidenceIds = evidenceIds;
		return this;
	}

	/** The version the edit was read at: an edit of a goal that exists. */
	public GoalEditBuilder version(Long version) {
		this.version = version;
		return this;
	}

	public GoalEdit build() {
		return new GoalEdit(this.title, this.reason, this.actions, this.targetDate, this.status, this.outcome,
				this.evidenceIds, this.version);
	}

}
