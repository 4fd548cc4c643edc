package org.chartfolio.assessment;

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

/**
 * The candidate's assessor links of a submitted copy: make one, see who opened which,
 * revoke.
 */
@Controller
@RequestMapping("/portfolios/{portfolioId}/assessors")
@Requires(Permission.OWN)
@RequiredArgsConstructor
class AssessorLinksController {

	private final AssessorService assessors;

	@GetMapping
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@ModelAttribute("link") AssessorLinkForm form, Model model) {
		return pageView(user, portfolioId, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("link") AssessorLinkForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<AssessorService.Created> created = Submission.of(result)
			.returns(() -> this.assessors.create(user, portfolioId, form.getName(), form.getDays()));
		if (created.isPresent()) {
			redirect.addFlashAttribute("notice", "assessors.created");
			redirect.addFlashAttribute("createdLink", created.get().url());
			redirect.addFlashAttribute("createdName", created.get().name());
			return "redirect:/portfolios/{portfolioId}/assessors";
		}
		return pageView(user, portfolioId, model);
	}

	@PostMapping("/{linkId}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable long linkId,
			RedirectAttributes redirect) {
		Flash.to(redirect).done("assessors.revoked", () -> this.assessors.revoke(user, portfolioId, linkId));
		return "redirect:/portfolios/{portfolioId}/assessors";
	}

	/** The links page; the form for a new link ({@code link}) is already in the model. */
	private String pageView(SignedInUser user, long portfolioId, Model model) {
		model.addAttribute("page", this.assessors.page(user, portfolioId));
		return "assessment/links";
	}

}
