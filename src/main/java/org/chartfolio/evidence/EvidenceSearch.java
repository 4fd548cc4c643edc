package org.chartfolio.evidence;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.search.SearchHit;
import org.chartfolio.search.SearchQuery;
import org.chartfolio.search.SearchSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds evidence by its title, description, reflection and tags. */
@Component
@RequiredArgsConstructor
class EvidenceSearch implements SearchSource {

	private static final String DOCUMENT = "(title || ' ' || description || ' ' || reflection)";

	private static final String SQL = "select e.number, e.title, ts_rank(to_tsvector('english', " + DOCUMENT
			+ "), q) as rank, "
			+ "ts_headline('english', e.description || ' ' || e.reflection, q, :options) as snippet "
			+ "from evidence_item e, websearch_to_tsquery('english', :text) q "
			+ "where e.portfolio_id = :portfolio and e.deleted_at is null and (to_tsvector('english', " + DOCUMENT
			+ ") @@ q or exists (select 1 from evidence_tag t where t.evidence_id = e.id "
			+ "and to_tsvector('english', t.tag) @@ q))";

	private final JdbcClient jdbc;

	@Override
	public List<SearchHit> search(long portfolioId, SearchQuery query) {
		return query.statement(this.jdbc, SQL, portfolioId)
			.query((rs, row) -> new SearchHit("search.kind.evidence",
					"E" + rs.getInt("number") + " " + rs.getString("title"), rs.getString("snippet"),
					"/portfolios/" + portfolioId + "/evidence/" + rs.getInt("number"), rs.getDouble("rank")))
			.list();
	}

}
