package org.chartfolio.meeting;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether the signed-in person mentors anybody, so that the header links to their page. */
@ControllerAdvice
class MentoringAdvice {

	// A provider, so that other modules' web slice tests, which load every controller advice but not
	// the portfolio module's services, still start.
	private final ObjectProvider<PortfolioMemberships> memberships;

	MentoringAdvice(ObjectProvider<PortfolioMemberships> memberships) {
		this.memberships = memberships;
	}

	@ModelAttribute("mentorsSomeone")
	boolean mentorsSomeone(@AuthenticationPrincipal SignedInUser user) {
		PortfolioMemberships found = this.memberships.getIfAvailable();
		return user != null && found != null && found.mentorsAnyone(user);
	}

}
