package org.chartfolio.pksb;

import java.util.Optional;

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
@RequestMapping("/portfolios/{portfolioId}/pksb")
@RequiredArgsConstructor
class PksbController {

	private final PksbService pksb;

	@Requires(Permission.READ)
	@GetMapping
	String assessment(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		return page(user, portfolioId, new ChooseForm(), model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/items")
	String choose(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("choice") ChooseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<Long> ratingId = Submission.of(result)
			.returns(() -> this.pksb.choose(user, portfolioId, form.getItem()));
		if (ratingId.isPresent()) {
			redirect.addFlashAttribute("notice", "pksb.chosen");
			redirect.addAttribute("ratingId", ratingId.get());
			return "redirect:/portfolios/{portfolioId}/pksb/items/{ratingId}/edit";
		}
		return page(user, portfolioId, form, model);
	}

	@Requires(Permission.WRITE)
	@GetMapping("/items/{ratingId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable long ratingId,
			Model model) {
		PksbService.RatingPage page = this.pksb.ratingPage(user, portfolioId, ratingId);
		return editView(page, RatingForm.of(page.item()), model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/items/{ratingId}")
	String rate(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable long ratingId,
			@Valid @ModelAttribute("rating") RatingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (Submission.of(result, form::setVersion)
			.succeeds(() -> this.pksb.rate(user, portfolioId, ratingId, form.toEdit()))) {
			redirect.addFlashAttribute("notice", "pksb.saved");
			return "redirect:/portfolios/{portfolioId}/pksb#rating-{ratingId}";
		}
		return editView(this.pksb.ratingPage(user, portfolioId, ratingId), form, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/items/{ratingId}/remove")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long ratingId, RedirectAttributes redirect) {
		Flash.to(redirect).done("pksb.removed", () -> this.pksb.remove(user, portfolioId, ratingId));
		return "redirect:/portfolios/{portfolioId}/pksb";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/items/{ratingId}/goal")
	String goal(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable long ratingId,
			RedirectAttributes redirect) {
		Optional<Long> goalId = Flash.to(redirect)
			.returns("pksb.goal.made", () -> this.pksb.gapToGoal(user, portfolioId, ratingId));
		if (goalId.isPresent()) {
			redirect.addAttribute("goalId", goalId.get());
			return "redirect:/portfolios/{portfolioId}/plan/{goalId}/edit";
		}
		return "redirect:/portfolios/{portfolioId}/pksb";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/snapshots/{kind}")
	String snapshot(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable SnapshotKind kind, RedirectAttributes redirect) {
		try {
			String taken = (kind == SnapshotKind.INITIAL) ? "pksb.snapshot.taken.INITIAL" : "pksb.snapshot.taken.FINAL";
			Flash.to(redirect).done(taken, () -> this.pksb.snapshot(user, portfolioId, kind));
		}
		catch (PksbService.ReflectionsMissing missing) {
			redirect.addFlashAttribute("reflectionsMissing", missing.areas());
			return "redirect:/portfolios/{portfolioId}/pksb#snapshot-FINAL";
		}
		return "redirect:/portfolios/{portfolioId}/pksb#snapshots";
	}

	@Requires(Permission.WRITE)
	@GetMapping("/areas/{areaId}/reflection/edit")
	String editReflection(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long areaId, Model model) {
		PksbView.Reflection reflection = this.pksb.reflection(user, portfolioId, areaId);
		return reflectionView(reflection, ReflectionForm.of(reflection), model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/areas/{areaId}/reflection")
	String reflect(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long areaId, @Valid @ModelAttribute("reflection") ReflectionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PksbView.Reflection reflection = this.pksb.reflection(user, portfolioId, areaId);
		if (Submission.of(result, form::setVersion)
			.succeeds(() -> this.pksb.reflect(user, portfolioId, areaId, form.toEdit()))) {
			redirect.addFlashAttribute("notice", "pksb.reflection.saved");
			return "redirect:/portfolios/{portfolioId}/pksb#reflection-{areaId}";
		}
		return reflectionView(reflection, form, model);
	}

	private String page(SignedInUser user, long portfolioId, ChooseForm form, Model model) {
		model.addAttribute("page", this.pksb.assessmentPage(user, portfolioId));
		model.addAttribute("choice", form);
		return "pksb/assessment";
	}

	private String reflectionView(PksbView.Reflection area, ReflectionForm form, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("reflection", form);
		return "pksb/reflection";
	}

	private String editView(PksbService.RatingPage page, RatingForm form, Model model) {
		model.addAttribute("item", page.item());
		model.addAttribute("scale", page.scale());
		model.addAttribute("rating", form);
		return "pksb/edit";
	}

}
