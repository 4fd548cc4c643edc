package org.chartfolio.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.Submission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Delete my account": a page that first offers the ZIP of each of the person's
 * portfolios, says what happens to the portfolios they support, and asks for their
 * password.
 */
@Controller
@RequiredArgsConstructor
class DeleteAccountController {

	private static final String VIEW = "account/delete";

	private final AccountService accounts;

	private final List<AccountHoldings> holdings;

	@GetMapping("/account/delete")
	String confirm(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("deleteForm") ConfirmPasswordForm form,
			Model model) {
		return page(user, model);
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("deleteForm") ConfirmPasswordForm form,
			BindingResult result, Model model, HttpServletRequest request) {
		if (!Submission.of(result)
			.succeeds(() -> this.accounts.deleteAccount(user, form.getPassword(), AccountController.client(request)))) {
			return page(user, model);
		}
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:/login?deleted";
	}

	private String page(SignedInUser user, Model model) {
		List<AccountHoldings.Holding> held = this.holdings.stream().flatMap((h) -> h.of(user.id()).stream()).toList();
		model.addAttribute("owned", held.stream().filter(AccountHoldings.Holding::owned).toList());
		model.addAttribute("supported", held.stream().filter((h) -> !h.owned()).toList());
		return VIEW;
	}

}
