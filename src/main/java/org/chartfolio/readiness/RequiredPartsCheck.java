package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartfolio.portfolio.SectionView;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;
import org.chartfolio.writing.WritingService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/**
 * The CV, the job description and the organisational context are required parts of the
 * submission: an empty one fails here, by name, rather than only as "not approved". Only
 * routes that have such parts are checked.
 */
@Component
@Order(20)
class RequiredPartsCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		List<SectionView> parts = facts.sections()
			.stream()
			.filter((section) -> section.kind().isWritten() && !section.isStatement())
			.toList();
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		List<Found> findings = new ArrayList<>();
		for (SectionView section : parts) {
			WritingService.WrittenText text = facts.read().textOf(section.id());
			if (text == null || (text.words() == 0 && text.citedNumbers().isEmpty())) {
				findings.add(new Found(new Message("readiness.parts.empty", Message.nameOf(section)),
						facts.route(Route.SECTION, section.id()),
						link(facts.route(Route.SECTION_EDIT, section.id()), "readiness.fix.write")));
			}
		}
		return Optional.of(CheckResult.of("parts", findings, Level.FAIL,
				link(facts.route(Route.OVERVIEW), "readiness.see.overview")));
	}

}
