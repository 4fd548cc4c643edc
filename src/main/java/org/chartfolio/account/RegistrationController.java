package org.chartfolio.account;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

	private static final String VIEW = "account/register";

	private final AccountService accounts;

	private final SessionSignIn sessionSignIn;

	RegistrationController(AccountService accounts, SessionSignIn sessionSignIn) {
		this.accounts = accounts;
		this.sessionSignIn = sessionSignIn;
	}

	/** Only an invitation link may be carried through registration, so the form cannot redirect elsewhere. */
	private static final Pattern CONTINUE = Pattern.compile("^/invitations/[A-Za-z0-9_-]{1,100}$");

	private final RequestCache requestCache = new HttpSessionRequestCache();

	@GetMapping("/register")
	String form(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("registration") RegistrationForm form,
			@RequestParam(name = "continue", required = false) String next, Model model) {
		model.addAttribute("continue", local(next));
		return (user != null) ? "redirect:/" : VIEW;
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
			@RequestParam(name = "continue", required = false) String next, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("continue", local(next));
		if (result.hasErrors()) {
			return VIEW;
		}
		SignedInUser user;
		try {
			user = this.accounts.register(form.toRegistration());
		}
		catch (AccountProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return VIEW;
		}
		user.eraseCredentials();
		// Somebody who opened an invitation link while signed out goes back to it once registered.
		String target = local(next);
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (target == null && saved != null) {
			target = local(UriComponentsBuilder.fromUriString(saved.getRedirectUrl()).build().getPath());
		}
		this.sessionSignIn.signIn(user, request, response);
		redirect.addFlashAttribute("notice", "register.welcome");
		if (target != null) {
			this.requestCache.removeRequest(request, response);
			return "redirect:" + target;
		}
		return "redirect:/";
	}

	private static String local(String path) {
		return (path != null && CONTINUE.matcher(path).matches()) ? path : null;
	}

}
