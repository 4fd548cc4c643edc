package org.chartfolio.cpd;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/portfolios/{portfolioId}/cpd")
@RequiredArgsConstructor
class CpdController {

	private final CpdService cpd;

	@Requires(Permission.READ)
	@GetMapping
	String log(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		return logView(user, portfolioId, new CpdForm(), model);
	}

	@Requires(Permission.WRITE)
	@PostMapping
	String add(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("activity") CpdForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Submission.of(result).succeeds(() -> this.cpd.add(user, portfolioId, form.toEdit()))) {
			redirect.addFlashAttribute("notice", "cpd.added");
			return "redirect:/portfolios/{portfolioId}/cpd";
		}
		return logView(user, portfolioId, form, model);
	}

	@Requires(Permission.WRITE)
	@GetMapping("/{activityId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long activityId, Model model) {
		return editView(activityId, CpdForm.of(this.cpd.activity(user, portfolioId, activityId)), model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/{activityId}")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long activityId, @Valid @ModelAttribute("activity") CpdForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Submission.of(result, form::setVersion)
			.succeeds(() -> this.cpd.update(user, portfolioId, activityId, form.toEdit()))) {
			redirect.addFlashAttribute("notice", "cpd.saved");
			return "redirect:/portfolios/{portfolioId}/cpd";
		}
		// Checks the activity exists in this portfolio before showing the form again.
		this.cpd.activity(user, portfolioId, activityId);
		return editView(activityId, form, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/{activityId}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long activityId, RedirectAttributes redirect) {
		Flash.to(redirect).done("cpd.deleted", () -> this.cpd.delete(user, portfolioId, activityId));
		return "redirect:/portfolios/{portfolioId}/cpd";
	}

	private String logView(SignedInUser user, long portfolioId, CpdForm form, Model model) {
		model.addAttribute("log", this.cpd.log(user, portfolioId));
		model.addAttribute("activity", form);
		return "cpd/log";
	}

	/** The edit form of an activity already read, so known to be in this portfolio. */
	private String editView(long activityId, CpdForm form, Model model) {
		model.addAttribute("activityId", activityId);
		model.addAttribute("activity", form);
		return "cpd/edit";
	}

}
