package org.chartfolio.dashboard;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.directory.DirectoryService;
import org.chartfolio.portfolio.PortfolioTransfer;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class DashboardController {

	private final DashboardService dashboard;

	private final DirectoryService directory;

	private final PortfolioTransfer portfolios;

	DashboardController(DashboardService dashboard, DirectoryService directory, PortfolioTransfer portfolios) {
		this.dashboard = dashboard;
		this.directory = directory;
		this.portfolios = portfolios;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("cards", this.dashboard.home(user));
		model.addAttribute("supported", this.dashboard.supported(user));
		model.addAttribute("mentorRequestsWaiting", this.directory.requestsWaiting(user));
		model.addAttribute("submittedCopies", this.portfolios.submittedCopiesOwnedBy(user.id()));
		return "dashboard/home";
	}

	@GetMapping("/portfolios/{portfolioId}")
	String overview(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("overview", this.dashboard.overview(user, portfolioId));
		return "dashboard/overview";
	}

	@GetMapping("/portfolios/{portfolioId}/bin")
	String bin(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("bin", this.dashboard.bin(user, portfolioId));
		return "dashboard/bin";
	}

}
