package org.chartfolio.assessment;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
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
 * The outcome of a submitted copy and, for a resubmission, what changed since the first
 * submission. Recording the outcome is the candidate's own and is no change to the copy
 * itself, which stays as it was submitted: hence {@link Permission#OWN}, which a
 * submitted copy allows.
 */
@Controller
@Requires(Permission.OWN)
@RequiredArgsConstructor
class OutcomeController {

	private final OutcomeService outcomes;

	/**
	 * The outcome page; also what a refused outcome is shown again on, with the form as
	 * it was typed.
	 */
	@GetMapping("/portfolios/{portfolioId}/outcome")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		OutcomeService.OutcomePage page = this.outcomes.page(user, portfolioId);
		model.addAttribute("page", page);
		model.addAttribute("results", OutcomeResult.values());
		if (!model.containsAttribute("outcome")) {
			OutcomeForm form = new OutcomeForm();
			form.setVersion(page.version());
			model.addAttribute("outcome", form);
		}
		return "assessment/outcome";
	}

	@PostMapping("/portfolios/{portfolioId}/outcome")
	String record(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("outcome") OutcomeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// No outcome yet is version -1: the form then holds none, as it would for a first
		// outcome.
		Submission submission = Submission.of(result, (current) -> form.setVersion((current < 0) ? null : current))
			.staleMessage("outcome.stale");
		if (submission.succeeds(() -> this.outcomes.record(user, portfolioId, form.getResult(), form.getAwardedOn(),
				form.getDetails(), form.getVersion()))) {
			redirect.addFlashAttribute("notice", "outcome.recorded");
			return "redirect:/portfolios/{portfolioId}/outcome";
		}
		return page(user, portfolioId, model);
	}

	@GetMapping("/portfolios/{portfolioId}/changes")
	String changes(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("changes", this.outcomes.changes(user, portfolioId));
		return "assessment/changes";
	}

}
