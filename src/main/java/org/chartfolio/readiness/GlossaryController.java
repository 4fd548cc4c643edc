package org.chartfolio.readiness;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/portfolios/{portfolioId}/glossary")
@RequiredArgsConstructor
class GlossaryController {

	private final GlossaryService glossary;

	@Requires(Permission.READ)
	@GetMapping
	String glossary(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("glossary", this.glossary.glossary(user, portfolioId));
		return "readiness/glossary";
	}

	/**
	 * The form to define an acronym: one flagged or in the glossary, or (without one) any
	 * acronym.
	 */
	@Requires(Permission.WRITE)
	@GetMapping("/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@RequestParam(required = false) String acronym, Model model) {
		GlossaryForm form = GlossaryForm.of(this.glossary.entryForm(user, portfolioId, acronym));
		return editView(user, portfolioId, form, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping
	String define(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("entry") GlossaryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Submission.of(result, form::setVersion)
			.succeeds(() -> this.glossary.define(user, portfolioId, form.getAcronym(), form.getExpansion(),
					form.getVersion()))) {
			redirect.addFlashAttribute("notice", "readiness.glossary.defined");
			return "redirect:/portfolios/{portfolioId}/glossary";
		}
		return editView(user, portfolioId, form, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/dismiss")
	String dismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@RequestParam String acronym, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return change(portfolioId, redirect, "readiness.glossary.dismissed",
				() -> this.glossary.dismiss(user, portfolioId, acronym, true, version));
	}

	@Requires(Permission.WRITE)
	@PostMapping("/undismiss")
	String undismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@RequestParam String acronym, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return change(portfolioId, redirect, "readiness.glossary.undismissed",
				() -> this.glossary.dismiss(user, portfolioId, acronym, false, version));
	}

	@Requires(Permission.WRITE)
	@PostMapping("/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@RequestParam String acronym, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		return change(portfolioId, redirect, "readiness.glossary.deleted",
				() -> this.glossary.delete(user, portfolioId, acronym, version));
	}

	private String change(long portfolioId, RedirectAttributes redirect, String notice, Runnable change) {
		Flash.to(redirect).staleMessage("readiness.glossary.stale").done(notice, change);
		return "redirect:/portfolios/{portfolioId}/glossary";
	}

	private String editView(SignedInUser user, long portfolioId, GlossaryForm form, Model model) {
		model.addAttribute("glossary", this.glossary.glossary(user, portfolioId));
		model.addAttribute("entry", form);
		return "readiness/glossary-edit";
	}

}
