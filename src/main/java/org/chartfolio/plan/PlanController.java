package org.chartfolio.plan;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
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
@RequestMapping("/portfolios/{portfolioId}/plan")
@RequiredArgsConstructor
class PlanController {

	private static final String EDIT_VIEW = "plan/edit";

	private final PlanService plan;

	private final EvidenceReading evidence;

	private final PlanPages pages;

	@Requires(Permission.READ)
	@GetMapping
	String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("page", this.pages.plan(user, portfolioId));
		return "plan/plan";
	}

	@Requires(Permission.WRITE)
	@GetMapping("/new")
	String newGoal(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		return editView(user, portfolioId, null, new GoalForm(), model);
	}

	@Requires(Permission.WRITE)
	@PostMapping
	String add(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("goal") GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Submission.of(result).succeeds(() -> this.plan.add(user, portfolioId, form.toEdit()))) {
			redirect.addFlashAttribute("notice", "goal.added");
			return "redirect:/portfolios/{portfolioId}/plan";
		}
		return editView(user, portfolioId, null, form, model);
	}

	@Requires(Permission.WRITE)
	@GetMapping("/{goalId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable long goalId,
			Model model) {
		return editView(user, portfolioId, goalId, GoalForm.of(this.plan.goal(user, portfolioId, goalId)), model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/{goalId}")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable long goalId,
			@Valid @ModelAttribute("goal") GoalForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Submission.of(result, form::setVersion)
			.succeeds(() -> this.plan.update(user, portfolioId, goalId, form.toEdit()))) {
			redirect.addFlashAttribute("notice", "goal.saved");
			return "redirect:/portfolios/{portfolioId}/plan#goal-{goalId}";
		}
		// Checks the goal exists in this portfolio before showing anything of it.
		this.plan.goal(user, portfolioId, goalId);
		return editView(user, portfolioId, goalId, form, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/{goalId}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable long goalId,
			RedirectAttributes redirect) {
		Flash.to(redirect).binned("goal.binned", () -> this.plan.moveToBin(user, portfolioId, goalId));
		return "redirect:/portfolios/{portfolioId}/plan";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/{goalId}/restore")
	String restore(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long goalId, RedirectAttributes redirect) {
		Flash.to(redirect).done("goal.restored", () -> this.plan.restore(user, portfolioId, goalId));
		return "redirect:/portfolios/{portfolioId}/plan#goal-{goalId}";
	}

	/**
	 * The form of a new goal ({@code goalId} null) or of one already read, so known to be
	 * in this portfolio.
	 */
	private String editView(SignedInUser user, long portfolioId, Long goalId, GoalForm form, Model model) {
		model.addAttribute("goalId", goalId);
		model.addAttribute("goal", form);
		model.addAttribute("statuses", GoalStatus.values());
		model.addAttribute("evidence", this.evidence.list(user, portfolioId));
		return EDIT_VIEW;
	}

}
