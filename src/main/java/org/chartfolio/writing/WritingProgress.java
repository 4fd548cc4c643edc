package org.chartfolio.writing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What of the writing a line manager may see: word counts and dates for the progress
 * page, and the text of a section the candidate shares with them. Kept apart from
 * {@link WritingService}, whose reads are for those who read the whole portfolio.
 */
@Service
@RequiredArgsConstructor
public class WritingProgress {

	private final SectionTexts texts;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	/**
	 * Words in each written section that has text, by section id, and when any text last
	 * changed (null: never).
	 */
	public record Figures(Map<Long, Integer> words, Instant lastChanged) {

		public int wordsOf(long sectionId) {
			return this.words.getOrDefault(sectionId, 0);
		}

	}

	/**
	 * A shared section's text as safe HTML whose citations are plain labels, with its
	 * words.
	 */
	public record SharedText(SectionView section, boolean hasText, String html, int words) {
	}

	/**
	 * For anybody who sees the portfolio's progress: numbers and a date, never text. One
	 * query.
	 */
	@Transactional(readOnly = true)
	public Figures figures(SignedInUser user, long portfolioId) {
		return figures(user, List.of(portfolioId)).get(portfolioId);
	}

	/**
	 * {@link #figures(SignedInUser, long)} of several portfolios, keyed by id in the
	 * order given, in one query for all of them.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Figures> figures(SignedInUser user, Collection<Long> portfolioIds) {
		Map<Long, Map<Long, Integer>> words = new LinkedHashMap<>();
		Map<Long, Instant> last = new HashMap<>();
		this.access.progressVisible(user, portfolioIds).keySet().forEach((id) -> words.put(id, new HashMap<>()));
		if (words.isEmpty()) {
			return Map.of();
		}
		for (Object[] tally : this.texts.talliesIn(words.keySet())) {
			long portfolioId = (Long) tally[0];
			words.get(portfolioId).put((Long) tally[1], (Integer) tally[2]);
			last.merge(portfolioId, (Instant) tally[3], (a, b) -> a.isAfter(b) ? a : b);
		}
		Map<Long, Figures> figures = new LinkedHashMap<>();
		words.forEach((portfolioId, counts) -> figures.put(portfolioId,
				new Figures(Map.copyOf(counts), last.get(portfolioId))));
		return figures;
	}

	/**
	 * The text of one written section for whoever may read it: the candidate, the mentor,
	 * and the line manager once the candidate shares it. Citations are shown as labels
	 * without links, because the evidence stays private to those who read the whole
	 * portfolio.
	 */
	@Transactional(readOnly = true)
	public SharedText sharedText(SignedInUser user, long portfolioId, long sectionId) {
		this.access.sectionReadable(user, portfolioId, sectionId);
		SectionView section = this.portfolios.progressView(user, portfolioId)
			.sections()
			.stream()
			.filter((candidate) -> candidate.id() == sectionId && candidate.kind().isWritten())
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return this.texts.findById(sectionId)
			.filter((text) -> !text.getBody().isBlank())
			.map((text) -> new SharedText(section, true, MarkdownRenderer.renderPlain(text.getBody()),
					text.getWordCount()))
			.orElseGet(() -> new SharedText(section, false, "", 0));
	}

}
