package org.chartfolio.account;

import java.util.Optional;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for people's accounts: a password reset link to pass on by
 * hand (where Chartfolio sends no email, the only way back in), and which roles must use
 * two-factor sign-in. Anybody else gets 404.
 */
@Controller
@RequiredArgsConstructor
class AccountAdminController {

	static final String VIEW = "account/admin";

	private final PasswordResetService resets;

	private final Administrators administrators;

	private final TwoFactorService twoFactor;

	@GetMapping("/admin/accounts")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		this.administrators.check(user);
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", new EmailForm());
		}
		return render(model);
	}

	@PostMapping("/admin/accounts/reset-link")
	String resetLink(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("emailForm") EmailForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.administrators.check(user);
		Optional<String> link = Submission.of(result)
			.returns(() -> this.resets.linkForAdministrator(user, form.getEmail()));
		if (link.isPresent()) {
			redirect.addFlashAttribute("resetLink", link.get());
			redirect.addFlashAttribute("resetLinkEmail", form.getEmail());
			return "redirect:/admin/accounts";
		}
		return render(model);
	}

	@PostMapping("/admin/accounts/two-factor")
	String requireTwoFactor(@AuthenticationPrincipal SignedInUser user, TwoFactorPolicyForm form,
			RedirectAttributes redirect) {
		this.twoFactor.requirePolicy(user,
				new TwoFactorService.Policy(form.isForMentors(), form.isForAdministrators()));
		redirect.addFlashAttribute("notice", "admin.twoFactor.saved");
		return "redirect:/admin/accounts";
	}

	private String render(Model model) {
		TwoFactorService.Policy policy = this.twoFactor.policy();
		model.addAttribute("policyForm", new TwoFactorPolicyForm(policy.forMentors(), policy.forAdministrators()));
		model.addAttribute("twoFactorAvailable", this.twoFactor.available());
		return VIEW;
	}

}
