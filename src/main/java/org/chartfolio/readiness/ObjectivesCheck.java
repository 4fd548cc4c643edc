package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;
import org.chartfolio.writing.WritingService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/**
 * CILIP's assessors want the organisational objectives "added in full and linked to"
 * criterion 2: the organisational context sets them out as a block, and criterion 2's
 * statement cites them as [O1]. Only routes with an organisational context are checked.
 */
@Component
@Order(80)
class ObjectivesCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		return facts.sections()
			.stream()
			.filter((s) -> s.kind() == SectionKind.ORGANISATIONAL_CONTEXT)
			.findFirst()
			.map((context) -> check(facts, context));
	}

	private CheckResult check(ReadinessFacts facts, SectionView context) {
		WritingService.WrittenText contextText = facts.read().textOf(context.id());
		int count = (contextText != null) ? contextText.objectives().size() : 0;
		List<Found> findings = new ArrayList<>();
		if (count == 0) {
			findings.add(new Found(new Message("readiness.objectives.none"), facts.route(Route.SECTION, context.id()),
					link(facts.route(Route.SECTION_EDIT, context.id()), "readiness.fix.objectives")));
		}
		Set<Integer> citedByCriterion2 = new TreeSet<>();
		for (SectionView section : facts.sections()) {
			WritingService.WrittenText text = facts.read().textOf(section.id());
			if (text == null) {
				continue;
			}
			for (int number : new LinkedHashSet<>(text.citedObjectives())) {
				if (number < 1 || number > count) {
					findings
						.add(new Found(
								new Message("readiness.objectives.broken", Message.nameOf(section),
										"[O" + number + "]"),
								facts.route(Route.SECTION, section.id()),
								link(facts.route(Route.SECTION_EDIT, section.id()), "readiness.fix.edit")));
				}
				else if (Integer.valueOf(2).equals(section.criterionNumber())) {
					citedByCriterion2.add(number);
				}
			}
		}
		facts.read()
			.statements()
			.stream()
			.filter((statement) -> Integer.valueOf(2).equals(statement.criterionNumber()))
			.findFirst()
			.filter((statement) -> count > 0 && citedByCriterion2.isEmpty())
			.ifPresent((statement) -> findings
				.add(new Found(new Message("readiness.objectives.uncited", Message.nameOf(statement)),
						facts.route(Route.SECTION, statement.id()),
						link(facts.route(Route.SECTION_EDIT, statement.id()), "readiness.fix.citeObjective"))));
		Message why = findings.isEmpty() ? new Message("readiness.objectives.pass", count, citedByCriterion2.size())
				: new Message("readiness.objectives.fail");
		return CheckResult.of("objectives", findings, Level.FAIL, new Message("readiness.objectives.title"), why,
				link(facts.route(Route.SECTION, context.id()), "readiness.see.objectives"), null);
	}

}
