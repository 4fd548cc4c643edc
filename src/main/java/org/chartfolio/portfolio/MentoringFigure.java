package org.chartfolio.portfolio;

import org.chartfolio.account.PageFigure;
import org.chartfolio.account.SignedInUser;

import org.springframework.stereotype.Component;

/** Tells the header whether the person mentors anybody, so that it links to their mentoring page. */
@Component
class MentoringFigure implements PageFigure {

	private final PortfolioMemberships memberships;

	MentoringFigure(PortfolioMemberships memberships) {
		this.memberships = memberships;
	}

	@Override
	public String name() {
		return "mentorsSomeone";
	}

	@Override
	public Object of(SignedInUser person) {
		return this.memberships.mentorsAnyone(person);
	}

}
