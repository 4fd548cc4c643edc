package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;
import org.chartfolio.writing.WritingService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/**
 * Every [E<i>n</i>] in the writing names a live evidence item, not a missing one or one
 * in the bin.
 */
@Component
@Order(60)
class CitationsResolveCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		Set<Integer> live = facts.items().stream().map(EvidenceSummary::number).collect(Collectors.toSet());
		List<Found> findings = new ArrayList<>();
		for (SectionView section : facts.sections()) {
			WritingService.WrittenText text = facts.read().textOf(section.id());
			if (text == null) {
				continue;
			}
			for (int number : new LinkedHashSet<>(text.citedNumbers())) {
				if (!live.contains(number)) {
					findings.add(
							new Found(
									new Message("readiness.citations.broken", Message.nameOf(section),
											"[E" + number + "]"),
									facts.route(Route.SECTION, section.id()),
									link(facts.route(Route.SECTION_EDIT, section.id()), "readiness.fix.edit")));
				}
			}
		}
		return Optional.of(CheckResult.of("citations", findings, Level.FAIL, null));
	}

}
