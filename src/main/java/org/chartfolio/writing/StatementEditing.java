package org.chartfolio.writing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionLockedException;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.system.Bin;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.writing.WritingService.Conflict;
import org.chartfolio.writing.WritingService.SaveResult;
import org.chartfolio.writing.WritingService.Saved;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a section's text: each in its own transaction, after checking that the
 * person may write the portfolio and that the section is written and not approved. A
 * changed text keeps a revision and has its citations rebuilt in the same transaction.
 */
@Service
@RequiredArgsConstructor
class StatementEditing {

	private final SectionTexts texts;

	private final SectionRevisions revisions;

	private final StoredCitations citations;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final EvidenceReading evidence;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Saves the text if the version posted is the current one. A text that does not
	 * change makes no revision; a changed one keeps a revision, and its citations are
	 * rebuilt in the same transaction.
	 */
	@Transactional
	public SaveResult save(SignedInUser user, long portfolioId, long sectionId, String body, long version,
			boolean automatic) {
		SectionView section = writableSection(user, portfolioId, sectionId);
		String text = WritingService.normalise(body);
		if (text.length() > WritingService.MAX_BODY_LENGTH) {
			throw new FieldProblem("body", "writing.body.tooLong");
		}
		SectionText current = locked(section);
		if (current.isStale(version)) {
			return new Conflict(current.getBody(), current.getVersion(), local(current.getUpdatedAt()));
		}
		if (current.hasBody(text)) {
			// Nothing new: the text stands as last saved, at the time it was saved.
			return new Saved(current.getVersion(), current.getWordCount(), false, local(current.getUpdatedAt()));
		}
		return rewrite(user, section, current, text,
				automatic ? SectionRevision.Reason.AUTOSAVE : SectionRevision.Reason.SAVE);
	}

	/** Makes an earlier revision the current text again, as a new revision. */
	@Transactional
	public Saved restore(SignedInUser user, long portfolioId, long sectionId, int number) {
		SectionView section = writableSection(user, portfolioId, sectionId);
		SectionRevision revision = this.revisions.findBySectionIdAndNumber(sectionId, number)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		SectionText current = locked(section);
		if (current.hasBody(revision.getBody())) {
			return new Saved(current.getVersion(), current.getWordCount(), false, local(this.clock.instant()));
		}
		return rewrite(user, section, current, revision.getBody(), SectionRevision.Reason.RESTORE);
	}

	/**
	 * Deletes the section's text: the text becomes empty and the old text stays as the
	 * revision before a "clear" one, from which the bin can restore it for
	 * {@link Bin#KEEPS}.
	 */
	@Transactional
	public void clear(SignedInUser user, long portfolioId, long sectionId) {
		SectionView section = writableSection(user, portfolioId, sectionId);
		SectionText current = locked(section);
		if (!current.hasBody("")) {
			rewrite(user, section, current, "", SectionRevision.Reason.CLEAR);
		}
	}

	/** Brings back the text a clear deleted, as a new revision. */
	@Transactional
	public void restoreCleared(SignedInUser user, long portfolioId, long sectionId) {
		SectionView section = writableSection(user, portfolioId, sectionId);
		SectionText current = locked(section);
		int last = this.revisions.lastNumber(section.id());
		SectionRevision clear = this.revisions.findBySectionIdAndNumber(section.id(), last)
			.filter((revision) -> revision.getReason() == SectionRevision.Reason.CLEAR)
			.filter((revision) -> revision.getCreatedAt().isAfter(this.clock.instant().minus(Bin.KEEPS)))
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		SectionRevision before = this.revisions.findBySectionIdAndNumber(section.id(), clear.getNumber() - 1)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		rewrite(user, section, current, before.getBody(), SectionRevision.Reason.RESTORE);
	}

	/**
	 * Sets what the candidate says an item shows in this section; an empty note removes
	 * it.
	 */
	@Transactional
	public void annotate(SignedInUser user, long portfolioId, long sectionId, long evidenceId, String note) {
		writableSection(user, portfolioId, sectionId);
		List<StoredCitation> places = this.citations.findBySectionIdAndEvidenceId(sectionId, evidenceId);
		if (places.isEmpty()) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		if (note != null && note.strip().length() > StoredCitation.MAX_NOTE_LENGTH) {
			throw new FieldProblem("note", "writing.note.tooLong");
		}
		places.forEach((place) -> place.annotate(note));
	}

	/** See {@link WritingReview#keepApprovedText}. */
	@Transactional
	public long keepApprovedText(SignedInUser mentor, long portfolioId, long sectionId) {
		PortfolioView portfolio = WrittenSections.readable(this.access, this.portfolios, mentor, portfolioId);
		SectionView section = WrittenSections.sectionOf(portfolio, sectionId);
		String body = this.texts.findById(section.id()).map(SectionText::getBody).orElse("");
		SectionRevision kept = this.revisions
			.save(new SectionRevision(section.id(), this.revisions.lastNumber(section.id()) + 1, body,
					this.clock.instant(), SectionRevision.Reason.APPROVED));
		return kept.getId();
	}

	/** See {@link WritingReview#acceptSuggestion}. */
	@Transactional
	public boolean acceptSuggestion(SignedInUser user, long portfolioId, long sectionId, String passage,
			String replacement, String suggestedByName) {
		SectionView section = writableSection(user, portfolioId, sectionId);
		SectionText current = locked(section);
		String body = current.getBody();
		String[] words = (passage == null) ? new String[0] : passage.strip().split("\\s+");
		if (words.length == 0 || words[0].isEmpty()) {
			return false;
		}
		// The quote was read from the page, where a line break in the Markdown reads as a
		// space.
		Matcher found = Pattern.compile(Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+")))
			.matcher(body);
		if (!found.find()) {
			return false;
		}
		String text = body.substring(0, found.start()) + replacement + body.substring(found.end());
		if (text.length() > WritingService.MAX_BODY_LENGTH) {
			return false;
		}
		Instant now = this.clock.instant();
		int count = WordCounter.count(text);
		current.rewrite(text, count, now);
		this.revisions.save(SectionRevision.suggestion(section.id(), this.revisions.lastNumber(section.id()) + 1, text,
				now, suggestedByName));
		recite(user, section, text);
		this.texts.saveAndFlush(current);
		return true;
	}

	private Saved rewrite(SignedInUser user, SectionView section, SectionText current, String text,
			SectionRevision.Reason reason) {
		Instant now = this.clock.instant();
		int words = WordCounter.count(text);
		current.rewrite(text, words, now);
		this.revisions
			.save(new SectionRevision(section.id(), this.revisions.lastNumber(section.id()) + 1, text, now, reason));
		recite(user, section, text);
		this.texts.saveAndFlush(current);
		return new Saved(current.getVersion(), words, true, local(now));
	}

	/** Rebuilds the section's citations from its text, keeping each item's note. */
	private void recite(SignedInUser user, SectionView section, String text) {
		Map<Long, String> notes = new HashMap<>();
		for (StoredCitation old : this.citations.findBySectionIdOrderByParagraphAscEvidenceNumberAsc(section.id())) {
			if (old.getNote() != null) {
				notes.putIfAbsent(old.getEvidenceId(), old.getNote());
			}
		}
		this.citations.deleteBySection(section.id());
		List<MarkdownRenderer.Marker> markers = MarkdownRenderer.markers(text);
		Set<Integer> numbers = markers.stream().map(MarkdownRenderer.Marker::number).collect(Collectors.toSet());
		Map<Integer, EvidenceSummary> items = numbers.isEmpty() ? Map.of()
				: this.evidence.byNumbers(user, section.portfolioId(), numbers);
		Set<MarkdownRenderer.Marker> seen = new LinkedHashSet<>(markers);
		List<StoredCitation> rebuilt = new ArrayList<>();
		for (MarkdownRenderer.Marker marker : seen) {
			EvidenceSummary item = items.get(marker.number());
			if (item != null) {
				rebuilt.add(new StoredCitation(section.id(), item.id(), item.number(), marker.paragraph(),
						notes.get(item.id())));
			}
		}
		this.citations.saveAll(rebuilt);
	}

	/**
	 * The section's text row, created empty if this is its first save, and locked until
	 * commit.
	 */
	private SectionText locked(SectionView section) {
		this.jdbc
			.sql("insert into section_text (section_id, portfolio_id, updated_at) values (:section, :portfolio, :now) "
					+ "on conflict (section_id) do nothing")
			.param("section", section.id())
			.param("portfolio", section.portfolioId())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return this.texts.findForUpdate(section.id()).orElseThrow();
	}

	private SectionView writableSection(SignedInUser user, long portfolioId, long sectionId) {
		this.access.writable(user, portfolioId);
		SectionView section = this.portfolios.section(user, portfolioId, sectionId);
		if (!section.kind().isWritten()) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		if (section.isLocked()) {
			// Approved text stays as approved until the candidate reopens the section.
			throw new SectionLockedException(sectionId);
		}
		return section;
	}

	private LocalDateTime local(Instant instant) {
		return WrittenSections.local(instant, this.clock);
	}

}
