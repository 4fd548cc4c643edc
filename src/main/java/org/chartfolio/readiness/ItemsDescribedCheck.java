package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/**
 * Items an assessor would find bare in the PDF: no description, no "what this shows" or
 * no date.
 */
@Component
@Order(50)
class ItemsDescribedCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		List<Found> findings = new ArrayList<>();
		for (EvidenceReading.DescribedItem described : facts.described()) {
			if (!described.bare()) {
				continue;
			}
			EvidenceSummary item = described.item();
			List<Message> missing = new ArrayList<>();
			if (!described.described()) {
				missing.add(new Message("readiness.described.description"));
			}
			if (!described.explained()) {
				missing.add(new Message("readiness.described.reflection"));
			}
			if (item.activityDate() == null) {
				missing.add(new Message("readiness.described.date"));
			}
			findings.add(new Found(new Message("readiness.described.missing", item.label(), item.title(), missing),
					facts.route(Route.ITEM, item.number()),
					link(facts.route(Route.ITEM_EDIT, item.number()), "readiness.fix.describe")));
		}
		Message why = findings.isEmpty() ? new Message("readiness.described.pass", facts.described().size())
				: new Message("readiness.described.warning", findings.size());
		return Optional.of(CheckResult.of("described", findings, Level.WARNING,
				new Message("readiness.described.title"), why, null, null));
	}

}
