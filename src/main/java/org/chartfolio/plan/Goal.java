package org.chartfolio.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.plan.PlanService.GoalEdit;
import org.chartfolio.system.BinnableEntity;
import org.chartfolio.system.FieldProblem;

/**
 * A development-plan goal. It keeps its own rules: a done goal has an outcome reflection
 * and a completion date, and leaving "done" clears the date; evidence may be linked at
 * any time, and a done goal without evidence is allowed but flagged.
 */
@Entity
@Table(name = "goal")
@Getter(AccessLevel.PACKAGE)
class Goal extends BinnableEntity {

	static final int MAX_TITLE_LENGTH = 200;

	/**
	 * The reason, the actions and the outcome, each: as long as an evidence item's
	 * description.
	 */
	static final int MAX_TEXT_LENGTH = 20_000;

	@Column(updatable = false)
	private long portfolioId;

	private String title;

	private String reason = "";

	private String actions = "";

	private LocalDate targetDate;

	@Enumerated(EnumType.STRING)
	private GoalStatus status = GoalStatus.PLANNED;

	private String outcome = "";

	private LocalDate completedOn;

	@ElementCollection
	@CollectionTable(name = "goal_evidence", joinColumns = @JoinColumn(name = "goal_id"))
	@Column(name = "evidence_id")
	private Set<Long> evidenceIds = new LinkedHashSet<>();

	protected Goal() {
	}

	Goal(long portfolioId, Instant now) {
		super(now);
		this.portfolioId = portfolioId;
	}

	/**
	 * Applies the candidate's edit. Marking a goal done needs a reflection on the
	 * outcome; the completion date is kept from the first time it was marked done.
	 */
	void update(GoalEdit edit, LocalDate today, Instant now) {
		if (edit.title() == null || edit.title().isBlank()) {
			throw new FieldProblem("title", "goal.title.required");
		}
		String cleanOutcome = (edit.outcome() != null) ? edit.outcome().strip() : "";
		GoalStatus newStatus = (edit.status() != null) ? edit.status() : GoalStatus.PLANNED;
		if (newStatus == GoalStatus.DONE && cleanOutcome.isEmpty()) {
			throw new FieldProblem("outcome", "goal.outcome.required");
		}
		this.title = edit.title().strip();
		this.reason = (edit.reason() != null) ? edit.reason().strip() : "";
		this.actions = (edit.actions() != null) ? edit.actions().strip() : "";
		this.targetDate = edit.targetDate();
		this.outcome = cleanOutcome;
		if (newStatus == GoalStatus.DONE && this.status != GoalStatus.DONE) {
			this.completedOn = today;
		}
		else if (newStatus != GoalStatus.DONE) {
			this.completedOn = null;
		}
		this.status = newStatus;
		this.evidenceIds.clear();
		if (edit.evidenceIds() != null) {
			this.evidenceIds.addAll(edit.evidenceIds());
		}
		changed(now);
	}

	boolean isOverdue(LocalDate today) {
		return this.status.isOpen() && this.targetDate != null && this.targetDate.isBefore(today);
	}

	boolean isDoneWithoutEvidence() {
		return this.status == GoalStatus.DONE && this.evidenceIds.isEmpty();
	}

}
