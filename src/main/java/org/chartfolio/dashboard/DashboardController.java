package org.chartfolio.dashboard;

import java.time.LocalDate;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.assessment.OutcomeService;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.PortfolioTransfer;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.portfolio.Standing;
import org.chartfolio.system.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequiredArgsConstructor
class DashboardController {

	private final DashboardService dashboard;

	private final PortfolioTransfer portfolios;

	private final OutcomeService outcomes;

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("cards", this.dashboard.home(user));
		model.addAttribute("supported", this.dashboard.supported(user));
		Map<Long, LocalDate> copies = this.portfolios.submittedCopiesOwnedBy(user.id());
		model.addAttribute("submittedCopies", copies);
		model.addAttribute("outcomes", this.outcomes.outcomesOf(copies.keySet()));
		return "dashboard/home";
	}

	@Requires(Permission.READ)
	@GetMapping("/portfolios/{portfolioId}")
	String overview(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Standing standing,
			Model model) {
		model.addAttribute("overview", this.dashboard.overview(user, portfolioId, standing));
		return "dashboard/overview";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/portfolios/{portfolioId}/first-steps/dismiss")
	String dismissFirstSteps(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			RedirectAttributes redirect) {
		Flash.to(redirect).done("firstSteps.dismissed", () -> this.dashboard.dismissFirstSteps(user, portfolioId));
		return "redirect:/portfolios/{portfolioId}";
	}

	@Requires(Permission.WRITE)
	@GetMapping("/portfolios/{portfolioId}/bin")
	String bin(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("bin", this.dashboard.bin(user, portfolioId));
		return "dashboard/bin";
	}

}
