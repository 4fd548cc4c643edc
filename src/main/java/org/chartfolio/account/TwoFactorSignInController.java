package org.chartfolio.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.Submission;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of signing in, for an account with two-factor sign-in: the password was
 * right, and the person has five minutes to give a code from their app or a recovery
 * code.
 */
@Controller
@RequiredArgsConstructor
class TwoFactorSignInController {

	static final String PENDING = "org.chartfolio.account.pendingSignIn";

	static final Duration WAITS = Duration.ofMinutes(5);

	private static final String VIEW = "account/sign-in-code";

	/** Who gave the right password, and until when the second step may follow. */
	record Pending(long accountId, Instant until) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

	private final TwoFactorService twoFactor;

	private final SessionSignIn sessionSignIn;

	private final Clock clock;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	@GetMapping("/login/two-factor")
	String form(@ModelAttribute("twoFactorForm") TwoFactorForm form, HttpSession session) {
		return (pending(session) != null) ? VIEW : "redirect:/login?expired";
	}

	@PostMapping("/login/two-factor")
	String verify(@ModelAttribute("twoFactorForm") TwoFactorForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession();
		Pending pending = pending(session);
		if (pending == null) {
			return "redirect:/login?expired";
		}
		Optional<SignedInUser> signedIn = Submission.of(result)
			.returns(() -> this.twoFactor.verifySignIn(pending.accountId(), form.getCode(), request.getRemoteAddr()));
		if (signedIn.isEmpty()) {
			return VIEW;
		}
		SignedInUser user = signedIn.get();
		session.removeAttribute(PENDING);
		user.eraseCredentials();
		this.sessionSignIn.signIn(user, request, response);
		Object next = request.getSession().getAttribute(SignInHandlers.CONTINUE);
		request.getSession().removeAttribute(SignInHandlers.CONTINUE);
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved != null) {
			this.requestCache.removeRequest(request, response);
			return "redirect:" + saved.getRedirectUrl();
		}
		return "redirect:" + ((next instanceof String path) ? path : "/");
	}

	private Pending pending(HttpSession session) {
		Object found = session.getAttribute(PENDING);
		if (found instanceof Pending pending && this.clock.instant().isBefore(pending.until())) {
			return pending;
		}
		session.removeAttribute(PENDING);
		return null;
	}

}
