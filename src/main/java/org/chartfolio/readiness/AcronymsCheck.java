package org.chartfolio.readiness;

import java.util.List;
import java.util.Optional;

import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/** Every acronym is explained where it is first used, or settled in the glossary. */
@Component
@Order(90)
class AcronymsCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		List<Found> findings = facts.acronyms()
			.flagged()
			.stream()
			.map((flagged) -> new Found(
					new Message(
							"readiness.acronyms.flagged", flagged.acronym(), flagged.sectionName(), flagged.excerpt()),
					facts.route(Route.SECTION, flagged.sectionId()),
					link(facts.route(Route.GLOSSARY_DEFINE, flagged.acronym()), "readiness.fix.define",
							flagged.acronym())))
			.toList();
		return Optional.of(CheckResult.of("acronyms", findings, Level.WARNING,
				link(facts.route(Route.GLOSSARY), "readiness.see.glossary")));
	}

}
