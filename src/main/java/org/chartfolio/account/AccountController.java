package org.chartfolio.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.Flash;
import org.chartfolio.system.Submission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own account: their name, their password and where they are
 * signed in.
 */
@Controller
@RequiredArgsConstructor
class AccountController {

	private static final String VIEW = "account/edit";

	private final AccountService accounts;

	private final EmailChangeService emailChanges;

	private final MailSetting mail;

	private final SessionSignIn sessionSignIn;

	@GetMapping("/account")
	String show(@AuthenticationPrincipal SignedInUser user, Model model, HttpServletRequest request) {
		return page(user, model, request);
	}

	@PostMapping("/account/name")
	String rename(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("nameForm") NameForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(user, model, request);
		}
		SignedInUser renamed = this.accounts.rename(user, form.getName());
		this.sessionSignIn.refresh(renamed, request, response);
		redirect.addFlashAttribute("notice", "account.name.changed");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (Submission.of(result)
			.succeeds(() -> this.accounts.changePassword(user, form.getCurrentPassword(), form.getNewPassword(),
					client(request)))) {
			// The session that changed the password stays signed in, under a new id.
			request.changeSessionId();
			redirect.addFlashAttribute("notice", "account.password.changed");
			return "redirect:/account";
		}
		return page(user, model, request);
	}

	@PostMapping("/account/email")
	String changeEmail(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("emailForm") EmailChangeForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (!this.mail.enabled()) {
			result.rejectValue("newEmail", "emailChange.noMail");
		}
		if (Submission.of(result)
			.succeeds(() -> this.emailChanges.request(user, form.getNewEmail(), form.getCurrentPassword(),
					request.getRemoteAddr()))) {
			redirect.addFlashAttribute("pendingEmail", Account.normaliseEmail(form.getNewEmail()));
			return "redirect:/account";
		}
		return page(user, model, request);
	}

	@GetMapping("/account/email/confirm/{token}")
	String confirmEmailPage(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		this.emailChanges.pending(token).ifPresent((address) -> model.addAttribute("newEmail", address));
		return "account/email-confirm";
	}

	@PostMapping("/account/email/confirm/{token}")
	String confirmEmail(@AuthenticationPrincipal SignedInUser user, @PathVariable String token, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		SignedInUser moved;
		try {
			moved = this.emailChanges.confirm(token, user, request.getSession().getId());
		}
		catch (AccountProblem problem) {
			model.addAttribute("token", token);
			model.addAttribute("linkProblem", problem.messageKey());
			return "account/email-confirm";
		}
		redirect.addFlashAttribute("notice", "emailChange.done");
		if (user != null && user.id() == moved.id()) {
			moved.eraseCredentials();
			this.sessionSignIn.refresh(moved, request, response);
			return "redirect:/account";
		}
		return "redirect:/login";
	}

	@PostMapping("/account/sessions/end-others")
	String endOtherSessions(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		Flash.to(redirect)
			.done("account.sessions.ended", () -> this.accounts.endOtherSessions(user, request.getSession().getId()));
		return "redirect:/account";
	}

	/**
	 * The account page with its three forms: the one sent, when shown again, as it was
	 * typed, the others blank.
	 */
	private String page(SignedInUser user, Model model, HttpServletRequest request) {
		if (!model.containsAttribute("nameForm")) {
			model.addAttribute("nameForm", new NameForm(user.getDisplayName()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", new EmailChangeForm());
		}
		model.addAttribute("mailEnabled", this.mail.enabled());
		model.addAttribute("sessions", this.accounts.sessions(user, request.getSession().getId()));
		return VIEW;
	}

	static AccountService.Client client(HttpServletRequest request) {
		return new AccountService.Client(request.getRemoteAddr(), request.getSession().getId());
	}

}
