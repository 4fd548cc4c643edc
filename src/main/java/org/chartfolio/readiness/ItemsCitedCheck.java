package org.chartfolio.readiness;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartfolio.portfolio.SectionView;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/** Every live evidence item is cited by a statement, the CV or the job description. */
@Component
@Order(40)
class ItemsCitedCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		Set<Long> cited = facts.citedBy(facts.read().citing());
		List<Found> findings = facts.items()
			.stream()
			.filter((item) -> !cited.contains(item.id()))
			.map((item) -> new Found(new Message("readiness.cited.uncited", item.label(), item.title()),
					facts.route(Route.ITEM, item.number()), null))
			.toList();
		Message why = findings.isEmpty() ? new Message("readiness.cited.pass", facts.items().size())
				: new Message("readiness.cited.warning", findings.size());
		List<SectionView> statements = facts.read().statements();
		CheckResult.LinkTo fix = statements.isEmpty() ? null
				: link(facts.route(Route.SECTION_EDIT, statements.get(0).id()), "readiness.fix.cite");
		return Optional.of(CheckResult.of("cited", findings, Level.WARNING, new Message("readiness.cited.title"), why,
				link(facts.route(Route.EVIDENCE_MAP), "readiness.see.map"), fix));
	}

}
