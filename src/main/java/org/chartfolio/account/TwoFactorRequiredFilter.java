package org.chartfolio.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Somebody the installation requires to use two-factor sign-in (a mentor or an
 * administrator, as the administrator set) who has not set it up is led to set it up
 * before anything else. Whether that applies is decided once, when they sign in, and kept
 * in the session; every other page then sends them to the set-up page.
 */
final class TwoFactorRequiredFilter extends OncePerRequestFilter {

	static final String MUST_SET_UP = "org.chartfolio.account.mustSetUpTwoFactor";

	private static final List<String> STILL_OPEN = List.of("/account/two-factor", "/logout", "/css/", "/js/",
			"/webjars/", "/images/", "/favicon", "/error", "/privacy", "/accessibility", "/login");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (session != null && session.getAttribute(MUST_SET_UP) != null
				&& STILL_OPEN.stream().noneMatch(path::startsWith)) {
			response.sendRedirect(request.getContextPath() + "/account/two-factor");
			return;
		}
		chain.doFilter(request, response);
	}

}
