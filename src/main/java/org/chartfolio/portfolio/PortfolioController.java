package org.chartfolio.portfolio;

import java.util.Optional;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
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

@Controller
@RequiredArgsConstructor
class PortfolioController {

	private final PortfolioService portfolios;

	/**
	 * The portfolio's nav as a page of its own: what a phone shows instead of the nav's
	 * groups, so that the whole nav is one tap away with or without JavaScript (the
	 * layout hands the page its groups).
	 */
	@Requires(Permission.READ)
	@GetMapping("/portfolios/{portfolioId}/menu")
	String menu() {
		return "portfolio/menu";
	}

	@Requires(Permission.WRITE)
	@GetMapping("/portfolios/{portfolioId}/details/edit")
	String details(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		PortfolioSummary summary = this.portfolios.view(user, portfolioId).summary();
		model.addAttribute("details", PortfolioDetailsForm.of(summary));
		return "portfolio/details";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/portfolios/{portfolioId}/details")
	String changeDetails(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("details") PortfolioDetailsForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (Submission.of(result)
			.succeeds(() -> this.portfolios.changeDetails(user, portfolioId, form.getTitle(), form.getTargetDate()))) {
			redirect.addFlashAttribute("notice", "portfolio.details.saved");
			return "redirect:/portfolios/{portfolioId}";
		}
		return "portfolio/details";
	}

	@GetMapping("/portfolios/new")
	String newPortfolio(@ModelAttribute("portfolio") NewPortfolioForm form, Model model) {
		model.addAttribute("routes", this.portfolios.routes());
		return "portfolio/new";
	}

	@PostMapping("/portfolios")
	String open(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("portfolio") NewPortfolioForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Optional<Long> id = Submission.of(result).returns(() -> this.portfolios.open(user, form.toRequest()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("notice", "portfolio.opened");
			redirect.addAttribute("portfolioId", id.get());
			return "redirect:/portfolios/{portfolioId}";
		}
		return newPortfolio(form, model);
	}

}
