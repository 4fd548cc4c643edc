package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.readiness.CheckResult.Found;
import org.chartfolio.readiness.ReadinessService.Level;
import org.chartfolio.signoff.SignOffService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.chartfolio.readiness.CheckResult.link;

/**
 * The route's sign-off documents: the mentor's statement or letter, signed (needed only
 * when the portfolio has a mentor), and for Fellowship the supporter's letter, submitted.
 * Only routes with sign-off documents are checked; the keys name the route's kind of
 * document.
 */
@Component
@Order(140)
class SignOffsCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		return facts.signOff().map((status) -> check(facts, status));
	}

	private CheckResult check(ReadinessFacts facts, SignOffService.SignOffStatus status) {
		Route page = facts.route(Route.SIGN_OFFS);
		String kind = status.kind().name();
		List<Found> findings = new ArrayList<>();
		if (status.mentored() && !status.mentorSigned()) {
			findings.add(new Found(new Message("readiness.signoff.mentorUnsigned." + kind), page, null));
		}
		if (status.kind() == SectionKind.LETTERS_OF_SUPPORT && !status.supporterSubmitted()) {
			findings.add(new Found(new Message("readiness.signoff.noSupporter"), page,
					link(page, "readiness.fix.supporter")));
		}
		Message why;
		if (!findings.isEmpty()) {
			why = new Message("readiness.signoff.fail." + kind);
		}
		else {
			why = new Message(
					status.mentored() ? "readiness.signoff.pass." + kind : "readiness.signoff.noMentor." + kind);
		}
		return CheckResult.of("signoffs", findings, Level.FAIL, new Message("readiness.signoff.title." + kind), why,
				link(page, "readiness.see.signoffs"), null);
	}

}
