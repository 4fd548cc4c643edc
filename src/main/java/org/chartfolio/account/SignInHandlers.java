package org.chartfolio.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The three places where sign-in meets the throttle: a filter that refuses attempts while
 * sign-in is paused, a failure handler that counts failures, and a success handler that
 * clears the account's count. The address entered is carried back to the form so nobody
 * types it twice.
 */
final class SignInHandlers {

	static final String USERNAME = "username";

	static final String PAUSED_UNTIL = "signInPausedUntil";

	/** Where to go after signing in, when registration came from an invitation link. */
	static final String CONTINUE = "org.chartfolio.account.continue";

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	private SignInHandlers() {
	}

	static final class ThrottleFilter extends OncePerRequestFilter {

		private final RequestMatcher signInPost = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, "/login");

		private final SignInThrottle throttle;

		ThrottleFilter(SignInThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.signInPost.matches(request)) {
				String username = request.getParameter(USERNAME);
				Optional<Instant> paused = this.throttle.pausedUntil(username, request.getRemoteAddr());
				if (paused.isPresent()) {
					FlashMap flash = new FlashMap();
					flash.put(USERNAME, Account.normaliseEmail(username));
					flash.put(PAUSED_UNTIL, this.throttle.localTimeOf(paused.get()));
					redirect(request, response, flash, "/login?paused");
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

	static final class FailureHandler implements AuthenticationFailureHandler {

		private final SignInThrottle throttle;

		FailureHandler(SignInThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String username = request.getParameter(USERNAME);
			this.throttle.recordFailure(username, request.getRemoteAddr());
			FlashMap flash = new FlashMap();
			flash.put(USERNAME, Account.normaliseEmail(username));
			redirect(request, response, flash, "/login?error");
		}

	}

	static final class SuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		private final SignInThrottle throttle;

		private final RequestCache requestCache = new HttpSessionRequestCache();

		private final ObjectProvider<TwoFactorService> twoFactor;

		private final SecurityContextRepository contexts;

		private final Clock clock;

		SuccessHandler(SignInThrottle throttle, ObjectProvider<TwoFactorService> twoFactor,
				SecurityContextRepository contexts, Clock clock) {
			this.throttle = throttle;
			this.twoFactor = twoFactor;
			this.contexts = contexts;
			this.clock = clock;
			setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			this.throttle.recordSuccess(authentication.getName(), request.getRemoteAddr());
			TwoFactorService second = this.twoFactor.getIfAvailable();
			if (second != null && authentication.getPrincipal() instanceof SignedInUser user) {
				if (second.usesTwoFactor(user.id())) {
					// The password was right; the person is signed in only once the code
					// is too.
					SecurityContextHolder.clearContext();
					this.contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
					request.getSession()
						.setAttribute(TwoFactorSignInController.PENDING, new TwoFactorSignInController.Pending(
								user.id(), this.clock.instant().plus(TwoFactorSignInController.WAITS)));
					getRedirectStrategy().sendRedirect(request, response, "/login/two-factor");
					return;
				}
				if (second.mustSetUp(user)) {
					request.getSession().setAttribute(TwoFactorRequiredFilter.MUST_SET_UP, Boolean.TRUE);
				}
			}
			Object target = request.getSession().getAttribute(CONTINUE);
			request.getSession().removeAttribute(CONTINUE);
			SessionSignIn.rememberDevice(request);
			if (target instanceof String path && this.requestCache.getRequest(request, response) == null) {
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, path);
				return;
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, FlashMap flash,
			String target) throws IOException {
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		FLASH.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + target);
	}

}
