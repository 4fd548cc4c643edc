package org.chartfolio.account;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.Submission;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-factor sign-in on one's own account: setting it up with an authenticator app (the
 * new secret waits in the session until a code from it is typed), recovery codes shown
 * once, and turning it off.
 */
@Controller
@RequiredArgsConstructor
class TwoFactorController {

	static final String SETUP_SECRET = "org.chartfolio.account.twoFactorSetupSecret";

	private static final String VIEW = "account/two-factor";

	private final TwoFactorService twoFactor;

	@GetMapping("/account/two-factor")
	String show(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("twoFactorForm") TwoFactorForm form,
			@ModelAttribute("passwordForm") ConfirmPasswordForm passwordForm, Model model, HttpSession session) {
		return page(user, model, session);
	}

	@GetMapping("/account/two-factor/qr.svg")
	ResponseEntity<String> qrCode(@AuthenticationPrincipal SignedInUser user, HttpSession session) {
		Object secret = session.getAttribute(SETUP_SECRET);
		if (!(secret instanceof String key)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.body(QrSvg.of(this.twoFactor.appLink(key, user.email()), "QR"));
	}

	@PostMapping("/account/two-factor/enable")
	String enable(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("twoFactorForm") TwoFactorForm form,
			BindingResult result, @ModelAttribute("passwordForm") ConfirmPasswordForm passwordForm, Model model,
			HttpSession session, RedirectAttributes redirect) {
		Object secret = session.getAttribute(SETUP_SECRET);
		if (!(secret instanceof String key)) {
			return "redirect:/account/two-factor";
		}
		Optional<List<String>> codes = Submission.of(result)
			.returns(() -> this.twoFactor.enable(user, key, form.getCode()));
		if (codes.isEmpty()) {
			return page(user, model, session);
		}
		session.removeAttribute(SETUP_SECRET);
		session.removeAttribute(TwoFactorRequiredFilter.MUST_SET_UP);
		redirect.addFlashAttribute("recoveryCodes", codes.get());
		redirect.addFlashAttribute("notice", "twoFactor.enabled");
		return "redirect:/account/two-factor/recovery-codes";
	}

	@GetMapping("/account/two-factor/recovery-codes")
	String recoveryCodes(Model model) {
		return model.containsAttribute("recoveryCodes") ? "account/recovery-codes" : "redirect:/account/two-factor";
	}

	@PostMapping("/account/two-factor/recovery-codes")
	String regenerate(@AuthenticationPrincipal SignedInUser user,
			@ModelAttribute("passwordForm") ConfirmPasswordForm passwordForm, BindingResult result,
			@ModelAttribute("twoFactorForm") TwoFactorForm form, Model model, HttpServletRequest request,
			RedirectAttributes redirect) {
		Optional<List<String>> codes = Submission.of(result)
			.returns(() -> this.twoFactor.regenerateRecoveryCodes(user, passwordForm.getPassword(),
					request.getRemoteAddr()));
		if (codes.isEmpty()) {
			return page(user, model, request.getSession());
		}
		redirect.addFlashAttribute("recoveryCodes", codes.get());
		redirect.addFlashAttribute("notice", "twoFactor.recovery.regenerated");
		return "redirect:/account/two-factor/recovery-codes";
	}

	@PostMapping("/account/two-factor/disable")
	String disable(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("twoFactorForm") TwoFactorForm form,
			BindingResult result, @ModelAttribute("passwordForm") ConfirmPasswordForm passwordForm, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (Submission.of(result)
			.succeeds(
					() -> this.twoFactor.disable(user, form.getPassword(), form.getCode(), request.getRemoteAddr()))) {
			redirect.addFlashAttribute("notice", "twoFactor.disabled");
			return "redirect:/account/two-factor";
		}
		return page(user, model, request.getSession());
	}

	private String page(SignedInUser user, Model model, HttpSession session) {
		boolean on = this.twoFactor.usesTwoFactor(user.id());
		model.addAttribute("available", this.twoFactor.available());
		model.addAttribute("on", on);
		model.addAttribute("required", session.getAttribute(TwoFactorRequiredFilter.MUST_SET_UP) != null);
		if (on) {
			model.addAttribute("codesLeft", this.twoFactor.recoveryCodesLeft(user));
		}
		else if (this.twoFactor.available()) {
			Object secret = session.getAttribute(SETUP_SECRET);
			if (!(secret instanceof String)) {
				secret = this.twoFactor.newSecret();
				session.setAttribute(SETUP_SECRET, secret);
			}
			model.addAttribute("setupKey", ((String) secret).replaceAll("(.{4})(?!$)", "$1 "));
		}
		return VIEW;
	}

}
