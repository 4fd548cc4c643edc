package org.chartfolio.writing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.writing.WritingService.WrittenText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Word counts, citation counts and texts as the readiness checks and the dashboard read
 * them, each in a fixed number of queries whatever the number of sections.
 */
@Service
@RequiredArgsConstructor
class TextTallies {

	private final SectionTexts texts;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final JdbcClient jdbc;

	/** Words in each written section of the portfolio that has text, by section id. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> wordCounts(SignedInUser user, long portfolioId) {
		this.access.readable(user, portfolioId);
		Map<Long, Integer> words = new HashMap<>();
		for (Object[] tally : this.texts.tallies(portfolioId)) {
			words.put((Long) tally[0], (Integer) tally[1]);
		}
		return words;
	}

	/**
	 * Words in all the portfolio's statement sections together: what the route's limit
	 * applies to.
	 */
	@Transactional(readOnly = true)
	public int totalStatementWords(SignedInUser user, long portfolioId) {
		return WrittenSections.statementWords(this.portfolios.view(user, portfolioId), wordCounts(user, portfolioId));
	}

	/** Every written section of the portfolio that has a text row, in one query. */
	@Transactional(readOnly = true)
	public List<WrittenText> writtenTexts(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		return this.texts.findByPortfolioId(id)
			.stream()
			.map((text) -> new WrittenText(text.getSectionId(), text.getWordCount(),
					MarkdownRenderer.markers(text.getBody()).stream().map(MarkdownRenderer.Marker::number).toList(),
					MarkdownRenderer.prose(text.getBody()), MarkdownRenderer.objectives(text.getBody()),
					MarkdownRenderer.objectiveMarkers(text.getBody())
						.stream()
						.map(MarkdownRenderer.ObjectiveMarker::number)
						.toList()))
			.toList();
	}

	/**
	 * How often each section cites each item, by section id and then evidence id, from
	 * the stored citations: an item counts once for each paragraph that cites it. One
	 * query.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, Integer>> citationCounts(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		Map<Long, Map<Long, Integer>> counts = new HashMap<>();
		this.jdbc
			.sql("select c.section_id, c.evidence_id, count(*) as times from citation c "
					+ "join section s on s.id = c.section_id where s.portfolio_id = :portfolio "
					+ "group by c.section_id, c.evidence_id")
			.param("portfolio", id)
			.query((rs) -> {
				counts.computeIfAbsent(rs.getLong("section_id"), (section) -> new HashMap<>())
					.put(rs.getLong("evidence_id"), rs.getInt("times"));
			});
		return counts;
	}

}
