package org.chartfolio.portfolio;

import org.chartfolio.account.PageFigure;

import org.springframework.stereotype.Component;

/**
 * Tells the header whether the person mentors anybody, so that it links to their
 * mentoring page.
 */
@Component
class MentoringFigure implements PageFigure {

	@Override
	public String name() {
		return "mentorsSomeone";
	}

	@Override
	public String sql() {
		return "exists (select 1 from portfolio_membership m where m.account_id = :person and m.role = '"
				+ PortfolioRole.MENTOR.name() + "' and m.ended_at is null)";
	}

}
