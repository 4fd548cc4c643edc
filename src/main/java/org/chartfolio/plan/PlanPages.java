package org.chartfolio.plan;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.portfolio.SectionWorkflow.ReviewStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the development plan's page shows, one record, read in one read-only transaction
 * after checking that the person may read the portfolio. Changes when the page shows
 * something new.
 */
@Service
@RequiredArgsConstructor
class PlanPages {

	private final PlanService plan;

	private final SectionWorkflow workflow;

	/**
	 * The plan's page: its goals in the plan's order and where the plan's section stands
	 * in review (null when the route has no such section).
	 */
	record PlanPage(List<GoalView> goals, ReviewStatus reviewStatus) {
	}

	@Transactional(readOnly = true)
	PlanPage plan(SignedInUser user, long portfolioId) {
		List<GoalView> goals = this.plan.goals(user, portfolioId);
		return new PlanPage(goals, this.workflow.status(user, portfolioId, SectionKind.DEVELOPMENT_PLAN).orElse(null));
	}

}
