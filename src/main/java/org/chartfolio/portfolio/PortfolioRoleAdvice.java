package org.chartfolio.portfolio;

import jakarta.servlet.http.HttpServletRequest;

import org.chartfolio.account.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Tells every page inside a portfolio how the viewer stands to it, so that templates show the
 * candidate's own links and buttons to the candidate alone. The services still refuse every write
 * by anybody else; this keeps buttons that would fail off a mentor's screen. As a second line behind
 * those checks, every request that is not a read (POST and the like) is for the candidate alone,
 * whatever a controller does before it reaches its service, unless its handler is marked
 * {@link MentorMayPost}; then the mentor's request goes on to the service, which decides.
 */
@ControllerAdvice
class PortfolioRoleAdvice {

	// A provider, so that web slice tests of other modules, which load every controller advice but
	// not this module's services, still start.
	private final ObjectProvider<PortfolioAccess> access;

	PortfolioRoleAdvice(ObjectProvider<PortfolioAccess> access) {
		this.access = access;
	}

	@ModelAttribute("portfolioRole")
	PortfolioRole portfolioRole(@AuthenticationPrincipal SignedInUser user,
			@PathVariable(name = "portfolioId", required = false) Long portfolioId, HttpServletRequest request) {
		PortfolioAccess checks = this.access.getIfAvailable();
		if (user == null || portfolioId == null || checks == null) {
			return null;
		}
		PortfolioRole role = checks.roleOf(user, portfolioId);
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!read && role != PortfolioRole.OWNER && !(role == PortfolioRole.MENTOR && openToMentor(request))) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		return role;
	}

	private static boolean openToMentor(HttpServletRequest request) {
		return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& handler.hasMethodAnnotation(MentorMayPost.class);
	}

}
