package org.chartfolio.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a person into the current session without a trip through the sign-in form: just
 * after they registered, and when their name changes so that the header shows the new
 * one.
 */
@Component
@RequiredArgsConstructor
class SessionSignIn {

	private final SecurityContextRepository repository;

	void signIn(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			// A new identity gets a new session id, as the sign-in form would give it.
			request.changeSessionId();
		}
		store(user, request, response);
		rememberDevice(request);
	}

	/**
	 * Notes the browser and system of a session just signed in, for the account page's
	 * list of sessions.
	 */
	static void rememberDevice(HttpServletRequest request) {
		request.getSession()
			.setAttribute(AccountSessions.DEVICE, Devices.describe(request.getHeader("User-Agent")).stored());
	}

	void refresh(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		store(user, request, response);
	}

	private void store(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
