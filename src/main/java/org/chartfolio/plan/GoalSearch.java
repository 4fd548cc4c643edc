package org.chartfolio.plan;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.search.SearchHit;
import org.chartfolio.search.SearchQuery;
import org.chartfolio.search.SearchSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds goals by what they say: title, reason, actions and outcome. */
@Component
@RequiredArgsConstructor
class GoalSearch implements SearchSource {

	private static final String DOCUMENT = "(title || ' ' || reason || ' ' || actions || ' ' || outcome)";

	private static final String SQL = "select id, title, ts_rank(to_tsvector('english', " + DOCUMENT + "), q) as rank, "
			+ "ts_headline('english', reason || ' ' || actions || ' ' || outcome, q, :options) as snippet "
			+ "from goal, websearch_to_tsquery('english', :text) q "
			+ "where portfolio_id = :portfolio and deleted_at is null and to_tsvector('english', " + DOCUMENT
			+ ") @@ q";

	private final JdbcClient jdbc;

	@Override
	public List<SearchHit> search(long portfolioId, SearchQuery query) {
		return query.statement(this.jdbc, SQL, portfolioId)
			.query((rs, row) -> new SearchHit("search.kind.goal", rs.getString("title"), rs.getString("snippet"),
					"/portfolios/" + portfolioId + "/plan#goal-" + rs.getLong("id"), rs.getDouble("rank")))
			.list();
	}

}
