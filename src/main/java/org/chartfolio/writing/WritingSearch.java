package org.chartfolio.writing;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.chartfolio.search.SearchHit;
import org.chartfolio.search.SearchQuery;
import org.chartfolio.search.SearchSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds written sections (statements, CV, job description, context) by their text. */
@Component
@RequiredArgsConstructor
class WritingSearch implements SearchSource {

	private static final String SQL = "select t.section_id, s.kind, s.title, rc.position as criterion, "
			+ "ts_rank(to_tsvector('english', t.body), q) as rank, "
			+ "ts_headline('english', t.body, q, :options) as snippet "
			+ "from section_text t join section s on s.id = t.section_id "
			+ "left join route_criterion rc on rc.id = s.criterion_id, websearch_to_tsquery('english', :text) q "
			+ "where t.portfolio_id = :portfolio and to_tsvector('english', t.body) @@ q";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	@Override
	public List<SearchHit> search(long portfolioId, SearchQuery query) {
		return query.statement(this.jdbc, SQL, portfolioId)
			.query((rs, row) -> new SearchHit("search.kind.statement",
					title(rs.getString("kind"), rs.getString("title"),
							(Integer) rs.getObject("criterion", Integer.class)),
					rs.getString("snippet"), "/portfolios/" + portfolioId + "/sections/" + rs.getLong("section_id"),
					rs.getDouble("rank")))
			.list();
	}

	private String title(String kind, String title, Integer criterion) {
		if ("STATEMENT".equals(kind) && criterion != null) {
			return this.messages.getMessage("overview.criterion", new Object[] { criterion, title }, Locale.UK);
		}
		return this.messages.getMessage("section.kind." + kind, null, Locale.UK);
	}

}
