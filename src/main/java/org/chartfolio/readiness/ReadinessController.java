package org.chartfolio.readiness;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
@RequiredArgsConstructor
class ReadinessController {

	private final ReadinessService readiness;

	@Requires(Permission.READ)
	@GetMapping("/portfolios/{portfolioId}/evidence-map")
	String evidenceMap(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("map", this.readiness.evidenceMap(user, portfolioId));
		return "readiness/evidence-map";
	}

	@Requires(Permission.READ)
	@GetMapping("/portfolios/{portfolioId}/readiness")
	String readiness(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("readiness", this.readiness.readiness(user, portfolioId));
		return "readiness/readiness";
	}

}
