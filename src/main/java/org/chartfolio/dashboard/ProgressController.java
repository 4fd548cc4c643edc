package org.chartfolio.dashboard;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/portfolios/{portfolioId}/progress")
@RequiredArgsConstructor
class ProgressController {

	private final ProgressService progress;

	@Requires(Permission.PROGRESS)
	@GetMapping
	String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("progress", this.progress.progress(user, portfolioId));
		return "dashboard/progress";
	}

	@Requires(Permission.PROGRESS)
	@GetMapping("/sections/{sectionId}")
	String section(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, Model model) {
		model.addAttribute("page", this.progress.sharedSection(user, portfolioId, sectionId));
		return "dashboard/shared-section";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/sections/{sectionId}/sharing")
	String sharing(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @ModelAttribute SharingForm form, RedirectAttributes redirect) {
		this.progress.share(user, portfolioId, sectionId, form.isShared());
		redirect.addFlashAttribute("notice", form.isShared() ? "progress.shared" : "progress.unshared");
		return "redirect:/portfolios/{portfolioId}/progress#section-{sectionId}";
	}

}
