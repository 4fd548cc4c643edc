package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartfolio.portfolio.SectionView;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/** Every criterion's statement cites at least one live evidence item. */
@Component
@Order(30)
class CriteriaBackedCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		List<Found> findings = new ArrayList<>();
		for (SectionView statement : facts.read().statements()) {
			if (facts.liveCitations(statement.id()).isEmpty()) {
				findings.add(new Found(new Message("readiness.backed.missing", Message.nameOf(statement)),
						facts.route(Route.SECTION, statement.id()),
						link(facts.route(Route.SECTION_EDIT, statement.id()), "readiness.fix.cite")));
			}
		}
		return Optional.of(CheckResult.of("backed", findings, Level.FAIL,
				link(facts.route(Route.EVIDENCE_MAP), "readiness.see.map")));
	}

}
