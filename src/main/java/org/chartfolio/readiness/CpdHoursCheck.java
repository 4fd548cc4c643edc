package org.chartfolio.readiness;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.chartfolio.cpd.CpdProgress;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/**
 * Enough hours of CPD logged in the route's period. Only routes that ask for CPD hours
 * are checked.
 */
@Component
@Order(130)
class CpdHoursCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		return facts.cpd().map((progress) -> check(facts, progress));
	}

	private CheckResult check(ReadinessFacts facts, CpdProgress progress) {
		Message why = new Message("readiness.cpd.hours", progress.hoursInPeriod(), progress.requiredHours(),
				progress.periodMonths());
		List<Found> findings = progress.requirementMet() ? List.of()
				: List.of(new Found(new Message("readiness.cpd.short",
						progress.hoursInPeriod().subtract(BigDecimal.valueOf(progress.requiredHours())).negate()), null,
						null));
		return CheckResult.of("cpd", findings, Level.FAIL, new Message("readiness.cpd.title"), why,
				link(facts.route(Route.CPD), "readiness.see.cpd"), link(facts.route(Route.CPD), "readiness.fix.cpd"));
	}

}
