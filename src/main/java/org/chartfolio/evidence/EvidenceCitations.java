package org.chartfolio.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Where the portfolio's items are cited, as every {@link CitationLookup} says, merged:
 * the module that keeps citations answers; with no such module, nothing is cited.
 */
@Component
class EvidenceCitations {

	private final List<CitationLookup> lookups;

	EvidenceCitations(List<CitationLookup> lookups) {
		this.lookups = List.copyOf(lookups);
	}

	/**
	 * The citations of each of these items, by item id; items nobody cites are absent.
	 */
	Map<Long, List<CitationLookup.Citation>> of(long portfolioId, List<Long> ids) {
		Map<Long, List<CitationLookup.Citation>> merged = new LinkedHashMap<>();
		for (CitationLookup lookup : this.lookups) {
			lookup.citationsOf(portfolioId, ids)
				.forEach((id, citations) -> merged.computeIfAbsent(id, (key) -> new ArrayList<>())
					.addAll(citations.stream().filter(Objects::nonNull).toList()));
		}
		return merged;
	}

}
