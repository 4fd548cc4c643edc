package org.chartfolio.readiness;

import java.util.List;
import java.util.Optional;

import org.chartfolio.plan.GoalView;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/** Every goal marked done names evidence of its outcome. */
@Component
@Order(110)
class GoalsCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		List<Found> findings = facts.goals()
			.stream()
			.filter(GoalView::doneWithoutEvidence)
			.map((goal) -> new Found(new Message("readiness.goals.unevidenced", goal.title()),
					facts.route(Route.GOAL, goal.id()),
					link(facts.route(Route.GOAL_EDIT, goal.id()), "readiness.fix.goal")))
			.toList();
		return Optional
			.of(CheckResult.of("goals", findings, Level.FAIL, link(facts.route(Route.PLAN), "readiness.see.plan")));
	}

}
