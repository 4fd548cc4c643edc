package org.chartfolio.search;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequiredArgsConstructor
class SearchController {

	private final SearchService search;

	@Requires(Permission.READ)
	@GetMapping("/portfolios/{portfolioId}/search")
	String search(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@RequestParam(name = "q", required = false) String text, Model model) {
		SearchQuery query = new SearchQuery(text);
		model.addAttribute("hits", this.search.search(user, portfolioId, query));
		model.addAttribute("query", query);
		return "search/results";
	}

}
