package org.chartfolio.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.Submission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgot your password?": asking for a link, and the page the link opens. */
@Controller
@RequiredArgsConstructor
class PasswordResetController {

	private static final String FORGOT = "account/forgot";

	private static final String RESET = "account/reset";

	private final PasswordResetService resets;

	private final MailSetting mail;

	@GetMapping("/password/forgot")
	String forgot(@ModelAttribute("emailForm") EmailForm form, Model model) {
		model.addAttribute("mailEnabled", this.mail.enabled());
		return FORGOT;
	}

	@PostMapping("/password/forgot")
	String requestLink(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		model.addAttribute("mailEnabled", this.mail.enabled());
		if (!this.mail.enabled()) {
			return FORGOT;
		}
		if (Submission.of(result).succeeds(() -> this.resets.emailLink(form.getEmail(), request.getRemoteAddr()))) {
			redirect.addFlashAttribute("resetEmail", form.getEmail());
			return "redirect:/password/forgot/sent";
		}
		return FORGOT;
	}

	@GetMapping("/password/forgot/sent")
	String sent(Model model) {
		return model.containsAttribute("resetEmail") ? "account/forgot-sent" : "redirect:/password/forgot";
	}

	@GetMapping("/password/reset/{token}")
	String resetForm(@PathVariable String token, @ModelAttribute("newPasswordForm") NewPasswordForm form, Model model) {
		model.addAttribute("usable", this.resets.usable(token));
		model.addAttribute("token", token);
		return RESET;
	}

	@PostMapping("/password/reset/{token}")
	String reset(@PathVariable String token, @ModelAttribute("newPasswordForm") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Submission.of(result).succeeds(() -> this.resets.setPassword(token, form.getNewPassword()))) {
			redirect.addFlashAttribute("notice", "reset.done");
			return "redirect:/login";
		}
		return resetForm(token, form, model);
	}

}
