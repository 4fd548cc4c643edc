package org.chartfolio.account;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.Submission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequiredArgsConstructor
class RegistrationController {

	private static final String VIEW = "account/register";

	private final AccountService accounts;

	private final MailSetting mail;

	/**
	 * Only an invitation link may be carried through registration, so the form cannot
	 * redirect elsewhere.
	 */
	private static final Pattern CONTINUE = Pattern.compile("^/invitations/[A-Za-z0-9_-]{1,100}$");

	@GetMapping("/register")
	String form(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("registration") RegistrationForm form,
			@RequestParam(name = "continue", required = false) String next, Model model) {
		model.addAttribute("continue", local(next));
		return (user != null) ? "redirect:/" : VIEW;
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
			@RequestParam(name = "continue", required = false) String next, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		model.addAttribute("continue", local(next));
		if (!Submission.of(result)
			.succeeds(() -> this.accounts.signUp(form.toRegistration(), request.getRemoteAddr()))) {
			return VIEW;
		}
		// Somebody who came from an invitation link goes back to it once signed in.
		String target = local(next);
		if (target != null) {
			request.getSession().setAttribute(SignInHandlers.CONTINUE, target);
		}
		redirect.addFlashAttribute("notice", this.mail.enabled() ? "register.done" : "register.done.noMail");
		redirect.addFlashAttribute(SignInHandlers.USERNAME, Account.normaliseEmail(form.getEmail()));
		return "redirect:/login";
	}

	private static String local(String path) {
		return (path != null && CONTINUE.matcher(path).matches()) ? path : null;
	}

}
