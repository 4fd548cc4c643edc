package org.chartfolio.readiness;

import java.util.List;
import java.util.Optional;

import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/** Where the portfolio has a mentor, every section they review is approved. */
@Component
@Order(100)
class ApprovalsCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		if (!facts.mentored()) {
			return Optional.of(CheckResult.of("approvals", List.of(), Level.FAIL,
					new Message("readiness.approvals.title"), new Message("readiness.approvals.noMentor"), null, null));
		}
		List<Found> findings = facts.sections()
			.stream()
			// Sign-off documents are the mentor's and a supporter's own writing: signed,
			// never approved.
			.filter((section) -> !section.kind().isSignOff())
			.filter((section) -> section.status() != SectionStatus.APPROVED)
			.map((section) -> new Found(
					new Message("readiness.approvals.pending", Message.nameOf(section),
							new Message(section.status().messageKey())),
					facts.route(Route.SECTION_REVIEW, section.id()),
					link(facts.route(Route.SECTION_REVIEW, section.id()), "readiness.fix.review")))
			.toList();
		return Optional.of(CheckResult.of("approvals", findings, Level.FAIL, null));
	}

}
