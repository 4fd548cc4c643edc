package org.chartfolio.account;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for people's accounts: a password reset link to pass on by hand (where
 * Chartfolio sends no email, the only way back in), and which roles must use two-factor sign-in.
 * Anybody else gets 404.
 */
@Controller
class AccountAdminController {

	static final String VIEW = "account/admin";

	private final PasswordResetService resets;

	private final Administrators administrators;

	AccountAdminController(PasswordResetService resets, Administrators administrators) {
		this.resets = resets;
		this.administrators = administrators;
	}

	@GetMapping("/admin/accounts")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		this.administrators.check(user);
		model.addAttribute("emailForm", new EmailForm());
		return render(model);
	}

	@PostMapping("/admin/accounts/reset-link")
	String resetLink(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("emailForm") EmailForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.administrators.check(user);
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("resetLink", this.resets.linkForAdministrator(user, form.getEmail()));
				redirect.addFlashAttribute("resetLinkEmail", form.getEmail());
				return "redirect:/admin/accounts";
			}
			catch (AccountProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		return render(model);
	}

	private String render(Model model) {
		return VIEW;
	}

}
