package org.chartfolio.search;

import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
public class SearchService {

	static final int MAX_HITS = 50;

	private final PortfolioAccess access;

	private final List<SearchSource> sources;

	@Transactional(readOnly = true)
	public List<SearchHit> search(SignedInUser user, long portfolioId, SearchQuery query) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		if (query.isBlank()) {
			return List.of();
		}
		return this.sources.stream()
			.flatMap((source) -> source.search(portfolio.id(), query).stream())
			.sorted(Comparator.comparingDouble(SearchHit::rank).reversed())
			.limit(MAX_HITS)
			.toList();
	}

}
