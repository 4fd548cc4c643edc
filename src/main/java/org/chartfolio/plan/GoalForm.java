package org.chartfolio.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.RequiredPlainText;

import org.springframework.format.annotation.DateTimeFormat;

@Getter
@Setter
class GoalForm {

	@RequiredPlainText(max = Goal.MAX_TITLE_LENGTH, required = "{goal.title.required}",
			tooLong = "{goal.title.tooLong}")
	private String title;

	@Size(max = Goal.MAX_TEXT_LENGTH, message = "{goal.reason.tooLong}")
	private String reason;

	@Size(max = Goal.MAX_TEXT_LENGTH, message = "{goal.actions.tooLong}")
	private String actions;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate targetDate;

	private GoalStatus status = GoalStatus.PLANNED;

	@Size(max = Goal.MAX_TEXT_LENGTH, message = "{goal.outcome.tooLong}")
	private String outcome;

	private Set<Long> evidenceIds = new LinkedHashSet<>();

	private Long version;

	static GoalForm of(GoalView goal) {
		GoalForm form = new GoalForm();
		form.title = goal.title();
		form.reason = goal.reason();
		form.actions = goal.actions();
		form.targetDate = goal.targetDate();
		form.status = goal.status();
		form.outcome = goal.outcome();
		goal.evidence().forEach((item) -> form.evidenceIds.add(item.id()));
		form.version = goal.version();
		return form;
	}

	PlanService.GoalEdit toEdit() {
		return new PlanService.GoalEdit(this.title, this.reason, this.actions, this.targetDate, this.status,
				this.outcome, this.evidenceIds, this.version);
	}

	public void setEvidenceIds(Set<Long> evidenceIds) {
		this.evidenceIds = (evidenceIds != null) ? evidenceIds : new LinkedHashSet<>();
	}

}
