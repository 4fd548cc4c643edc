package org.chartfolio.writing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.evidence.CitationLookup;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells evidence pages where each item is cited. The caller has already checked that the
 * person may read the portfolio. The section's heading is read alongside the citation in
 * one query, so that a page listing many items costs one round trip.
 */
@Component
@RequiredArgsConstructor
class WritingCitationLookup implements CitationLookup {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<Citation>> citationsOf(long portfolioId, Collection<Long> evidenceIds) {
		if (evidenceIds == null || evidenceIds.isEmpty()) {
			return Map.of();
		}
		List<Row> rows = this.jdbc
			.sql("select c.evidence_id, c.section_id, c.paragraph, c.note, s.kind, s.title, rc.position as criterion "
					+ "from citation c join section s on s.id = c.section_id "
					+ "left join route_criterion rc on rc.id = s.criterion_id "
					+ "where s.portfolio_id = :portfolio and c.evidence_id in (:ids) "
					+ "order by s.position, c.paragraph")
			.param("portfolio", portfolioId)
			.param("ids", List.copyOf(evidenceIds))
			.query((rs, n) -> new Row(rs.getLong("evidence_id"), rs.getLong("section_id"), rs.getInt("paragraph"),
					rs.getString("note"), rs.getString("kind"), rs.getString("title"),
					(Integer) rs.getObject("criterion", Integer.class)))
			.list();
		return rows.stream()
			.collect(Collectors.groupingBy(Row::evidenceId, LinkedHashMap::new,
					Collectors.mapping(this::citation, Collectors.toList())));
	}

	private Citation citation(Row row) {
		boolean onCriterion = "STATEMENT".equals(row.kind()) && row.criterion() != null;
		String title = onCriterion ? this.messages.getMessage("overview.criterion",
				new Object[] { row.criterion(), row.title() }, Locale.UK)
				: this.messages.getMessage("section.kind." + row.kind(), null, Locale.UK);
		return new Citation(row.sectionId(), onCriterion ? row.criterion() : null, title,
				MarkdownRenderer.anchor(row.paragraph()), row.note());
	}

	private record Row(long evidenceId, long sectionId, int paragraph, String note, String kind, String title,
			Integer criterion) {
	}

}
