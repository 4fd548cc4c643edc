package org.chartfolio.writing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How written text differs word by word: since a moment (for a mentoring meeting) or
 * between a portfolio and the copy that follows it (for an assessor's second look). Part
 * of the module's public face beside {@link WritingService}, for the meeting and
 * assessment modules; every call checks that the person may read the portfolio.
 */
@Service
@RequiredArgsConstructor
public class TextChanges {

	private final SectionTexts texts;

	private final SectionRevisions revisions;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	/**
	 * One run of words in a difference between two texts, or a paragraph break: kept,
	 * added or removed.
	 */
	public record DiffPiece(String text, boolean added, boolean removed) {

		public boolean paragraphBreak() {
			return WordDiff.PARAGRAPH_BREAK.equals(this.text);
		}

	}

	/**
	 * A written section whose text changed after some moment: its words then and now, and
	 * the difference between the text then and the text now, word by word.
	 */
	public record TextChange(long sectionId, Instant changedAt, int wordsThen, int wordsNow, List<DiffPiece> diff) {
	}

	/**
	 * The written sections whose text now differs from what it was at {@code since}, most
	 * recently changed first. Three queries whatever the number of sections: the texts
	 * changed since, and the revision of each that was in effect then.
	 */
	@Transactional(readOnly = true)
	public List<TextChange> changesSince(SignedInUser user, long portfolioId, Instant since) {
		long id = this.access.readable(user, portfolioId).id();
		List<SectionText> changed = this.texts.findChangedSince(id, since);
		if (changed.isEmpty()) {
			return List.of();
		}
		Map<Long, SectionRevision> then = this.revisions
			.findInEffectAt(changed.stream().map(SectionText::getSectionId).toList(), since)
			.stream()
			.collect(Collectors.toMap(SectionRevision::getSectionId, (revision) -> revision));
		List<TextChange> changes = new ArrayList<>();
		for (SectionText text : changed) {
			SectionRevision before = then.get(text.getSectionId());
			String oldBody = (before != null) ? before.getBody() : "";
			if (text.hasBody(oldBody)) {
				continue;
			}
			changes.add(new TextChange(text.getSectionId(), text.getUpdatedAt(),
					(before != null) ? before.getWordCount() : 0, text.getWordCount(), diff(oldBody, text.getBody())));
		}
		changes.sort(Comparator.comparing(TextChange::changedAt).reversed());
		return changes;
	}

	/**
	 * One written section of a later portfolio against the same section (by position) of
	 * an earlier one: the words of each and the word-by-word difference.
	 * {@code wordsBefore} is 0 where the earlier portfolio had no text there.
	 */
	public record SectionComparison(SectionView section, int wordsBefore, int wordsNow, boolean changed,
			List<DiffPiece> diff) {
	}

	/**
	 * How each written section of {@code laterId} differs from the section at the same
	 * position of {@code earlierId}, for whoever reads both (a resubmitted copy and the
	 * copy it follows: the import that made them keeps every section's position).
	 */
	@Transactional(readOnly = true)
	public List<SectionComparison> compare(SignedInUser user, long earlierId, long laterId) {
		PortfolioView earlier = WrittenSections.readable(this.access, this.portfolios, user, earlierId);
		PortfolioView later = WrittenSections.readable(this.access, this.portfolios, user, laterId);
		Map<Long, SectionText> earlierTexts = this.texts.findByPortfolioId(earlierId)
			.stream()
			.collect(Collectors.toMap(SectionText::getSectionId, (text) -> text));
		Map<Long, SectionText> laterTexts = this.texts.findByPortfolioId(laterId)
			.stream()
			.collect(Collectors.toMap(SectionText::getSectionId, (text) -> text));
		Map<Integer, SectionText> earlierByPosition = new HashMap<>();
		for (SectionView section : earlier.sections()) {
			SectionText text = earlierTexts.get(section.id());
			if (text != null) {
				earlierByPosition.put(section.position(), text);
			}
		}
		List<SectionComparison> comparisons = new ArrayList<>();
		for (SectionView section : later.sections()) {
			if (!section.kind().isWritten()) {
				continue;
			}
			SectionText before = earlierByPosition.get(section.position());
			SectionText now = laterTexts.get(section.id());
			String oldBody = (before != null && before.getBody() != null) ? before.getBody() : "";
			String newBody = (now != null && now.getBody() != null) ? now.getBody() : "";
			if (oldBody.isBlank() && newBody.isBlank()) {
				continue;
			}
			comparisons.add(new SectionComparison(section, (before != null) ? before.getWordCount() : 0,
					(now != null) ? now.getWordCount() : 0, !oldBody.equals(newBody), diff(oldBody, newBody)));
		}
		return comparisons;
	}

	private static List<DiffPiece> diff(String oldBody, String newBody) {
		return WordDiff.between(oldBody, newBody)
			.stream()
			.map((segment) -> new DiffPiece(segment.text(), segment.added(), segment.removed()))
			.toList();
	}

}
