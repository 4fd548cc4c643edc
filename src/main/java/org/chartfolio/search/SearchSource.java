package org.chartfolio.search;

import java.util.List;

/**
 * Something searchable in a portfolio. Implementations search only the portfolio they are
 * given; the caller has already checked that the person may read it.
 */
public interface SearchSource {

	List<SearchHit> search(long portfolioId, SearchQuery query);

}
