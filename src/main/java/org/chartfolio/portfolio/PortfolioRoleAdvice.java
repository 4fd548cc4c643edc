package org.chartfolio.portfolio;

import org.chartfolio.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Tells every page inside a portfolio how the viewer stands to it, so that templates show the
 * candidate's own links and buttons to the candidate alone. The services still refuse every write
 * by anybody else; this only keeps buttons that would fail off a mentor's screen.
 */
@ControllerAdvice
class PortfolioRoleAdvice {

	private final PortfolioAccess access;

	PortfolioRoleAdvice(PortfolioAccess access) {
		this.access = access;
	}

	@ModelAttribute("portfolioRole")
	PortfolioRole portfolioRole(@AuthenticationPrincipal SignedInUser user,
			@PathVariable(name = "portfolioId", required = false) Long portfolioId) {
		if (user == null || portfolioId == null) {
			return null;
		}
		return this.access.roleOf(user, portfolioId);
	}

}
