package org.chartfolio.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	@GetMapping("/register")
	String form(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("registration") RegistrationForm form) {
		return (user != null) ? "redirect:/" : VIEW;
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
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
		this.sessionSignIn.signIn(user, request, response);
		redirect.addFlashAttribute("notice", "register.welcome");
		return "redirect:/";
	}

}
