package org.chartfolio.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the evidence list's filters: built from the filter the person chose,
 * with every value bound as a parameter, never written into the statement.
 */
@Component
@RequiredArgsConstructor
class EvidenceListQuery {

	private final JdbcClient jdbc;

	/**
	 * The ids of the portfolio's live items that match the kind and tag chosen, in number
	 * order.
	 */
	List<Long> matchingIds(long portfolioId, EvidenceViews.Filter filter) {
		StringBuilder sql = new StringBuilder(
				"select e.id from evidence_item e where e.portfolio_id = :portfolio and e.deleted_at is null");
		Map<String, Object> params = new HashMap<>();
		params.put("portfolio", portfolioId);
		if (filter.kind() != null) {
			sql.append(" and e.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.tag() != null && !filter.tag().isBlank()) {
			sql.append(" and exists (select 1 from evidence_tag t where t.evidence_id = e.id and t.tag = :tag)");
			params.put("tag", EvidenceItem.normaliseTag(filter.tag()));
		}
		sql.append(" order by e.number");
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).list();
	}

	/**
	 * Every tag on a live item of the portfolio, once, alphabetically: the tag filter's
	 * choices.
	 */
	List<String> tagsInUse(long portfolioId) {
		return this.jdbc
			.sql("select distinct t.tag from evidence_tag t join evidence_item e on e.id = t.evidence_id "
					+ "where e.portfolio_id = :portfolio and e.deleted_at is null order by t.tag")
			.param("portfolio", portfolioId)
			.query(String.class)
			.list();
	}

}
