package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/**
 * How far each cited item's files are from its citation in the assessors' web edition of
 * a submitted copy: a citation leads straight to its item (one click), which shows photos
 * and text files in place; a PDF opens from the item in the browser's viewer and anything
 * else is downloaded from it, a second click.
 */
@Component
@Order(70)
class OneClickCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		Set<Long> cited = facts.citedBy(facts.read().statements());
		List<Found> findings = new ArrayList<>();
		for (EvidenceSummary item : facts.items()) {
			if (!cited.contains(item.id())) {
				continue;
			}
			for (EvidenceService.SharedFile file : facts.files().getOrDefault(item.id(), List.of())) {
				if (!file.showsInAPage()) {
					String key = "application/pdf".equals(file.contentType()) ? "readiness.clicks.pdf"
							: "readiness.clicks.download";
					findings.add(new Found(new Message(key, item.label(), item.title(), file.name()),
							facts.route(Route.ITEM, item.number()),
							link(facts.route(Route.ITEM_EDIT, item.number()), "readiness.fix.edit")));
				}
			}
		}
		return Optional.of(CheckResult.of("clicks", findings, Level.WARNING,
				link(facts.route(Route.EVIDENCE_MAP), "readiness.see.map")));
	}

}
