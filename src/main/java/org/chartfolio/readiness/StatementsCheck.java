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
 * Every criterion has a statement, and the statements together keep within the route's
 * word limit.
 */
@Component
@Order(10)
class StatementsCheck implements ReadinessCheck {

	@Override
	public Optional<CheckResult> check(ReadinessFacts facts) {
		List<SectionView> statements = facts.read().statements();
		List<Found> findings = new ArrayList<>();
		int words = 0;
		for (SectionView statement : statements) {
			WritingService.WrittenText text = facts.read().textOf(statement.id());
			int these = (text != null) ? text.words() : 0;
			words += these;
			if (these == 0) {
				findings.add(new Found(new Message("readiness.statements.empty", Message.nameOf(statement)),
						facts.route(Route.SECTION, statement.id()),
						link(facts.route(Route.SECTION_EDIT, statement.id()), "readiness.fix.write")));
			}
		}
		int limit = facts.read().portfolio().summary().statementWordLimit();
		if (words > limit) {
			findings.add(new Found(new Message("readiness.statements.over", words, limit, words - limit),
					facts.route(Route.OVERVIEW), null));
		}
		Message why = findings.isEmpty() ? new Message("readiness.statements.pass", statements.size(), words, limit)
				: new Message("readiness.statements.fail", limit);
		return Optional.of(CheckResult.of("statements", findings, Level.FAIL, new Message("readiness.statements.title"),
				why, link(facts.route(Route.OVERVIEW), "readiness.see.overview"), null));
	}

}
