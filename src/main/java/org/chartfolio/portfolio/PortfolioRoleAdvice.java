package org.chartfolio.portfolio;

import jakarta.servlet.http.HttpServletRequest;

import org.chartfolio.account.SignedInUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
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

	/**
	 * {@code portfolioRole}; {@code portfolioWritable}, whether the candidate's own buttons show (never
	 * on a submitted copy); {@code portfolioChangeable}, whether comment, meeting and review buttons
	 * show; and {@code submittedCopyOn}, the day a submitted copy was submitted, for its banner.
	 */
	@ModelAttribute
	void standing(@AuthenticationPrincipal SignedInUser user,
			@PathVariable(name = "portfolioId", required = false) Long portfolioId, HttpServletRequest request,
			Model model) {
		PortfolioAccess checks = this.access.getIfAvailable();
		if (user == null || portfolioId == null || checks == null) {
			return;
		}
		PortfolioAccess.Standing standing = checks.standing(user, portfolioId);
		PortfolioRole role = standing.role();
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!read && role != PortfolioRole.OWNER && !(role == PortfolioRole.MENTOR && openToMentor(request))) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		model.addAttribute("portfolioRole", role);
		model.addAttribute("portfolioWritable", standing.writable());
		model.addAttribute("portfolioChangeable", standing.changeable());
		if (standing.submittedOn() != null) {
			model.addAttribute("submittedCopyOn", standing.submittedOn());
		}
	}

	private static boolean openToMentor(HttpServletRequest request) {
		return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& handler.hasMethodAnnotation(MentorMayPost.class);
	}

}
