package org.chartfolio.writing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionLockedException;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.system.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing, reading and revising the text of written sections. Every call checks through
 * {@link PortfolioAccess} that the person may read or write the portfolio; a section of another
 * portfolio, or of a kind that is not written, is reported as not found.
 */
@Service
public class WritingService {

	/** Far beyond any word limit; keeps a pasted book out of the database. */
	static final int MAX_BODY_LENGTH = 100_000;

	private final SectionTexts texts;

	private final SectionRevisions revisions;

	private final StoredCitations citations;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final EvidenceService evidence;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	WritingService(SectionTexts texts, SectionRevisions revisions, StoredCitations citations, PortfolioAccess access,
			PortfolioService portfolios, EvidenceService evidence, JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.texts = texts;
		this.revisions = revisions;
		this.citations = citations;
		this.access = access;
		this.portfolios = portfolios;
		this.evidence = evidence;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	// Public API for other modules

	/** One run of words in a difference between two texts, or a paragraph break: kept, added or removed. */
	public record DiffPiece(String text, boolean added, boolean removed) {

		public boolean paragraphBreak() {
			return WordDiff.PARAGRAPH_BREAK.equals(this.text);
		}

	}

	/**
	 * A written section whose text changed after some moment: its words then and now, and the
	 * difference between the text then and the text now, word by word.
	 */
	public record TextChange(long sectionId, Instant changedAt, int wordsThen, int wordsNow, List<DiffPiece> diff) {
	}

	/**
	 * The written sections whose text now differs from what it was at {@code since}, most recently
	 * changed first. Three queries whatever the number of sections: the texts changed since, and the
	 * revision of each that was in effect then.
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
			List<DiffPiece> diff = WordDiff.between(oldBody, text.getBody())
				.stream()
				.map((segment) -> new DiffPiece(segment.text(), segment.added(), segment.removed()))
				.toList();
			changes.add(new TextChange(text.getSectionId(), text.getUpdatedAt(),
					(before != null) ? before.getWordCount() : 0, text.getWordCount(), diff));
		}
		changes.sort(Comparator.comparing(TextChange::changedAt).reversed());
		return changes;
	}

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

	/** Words in all the portfolio's statement sections together: what the route's limit applies to. */
	@Transactional(readOnly = true)
	public int totalStatementWords(SignedInUser user, long portfolioId) {
		return statementWords(this.portfolios.view(user, portfolioId), wordCounts(user, portfolioId));
	}

	/**
	 * A written section's text as a check reads it: its words, the item numbers its markers name
	 * (outside code, once per marker, in the order written) and its prose without code or markers;
	 * the organisational objectives it sets out (the organisational context's block, O1 first) and the
	 * objective numbers its [O2] markers name.
	 */
	public record WrittenText(long sectionId, int words, List<Integer> citedNumbers, String prose,
			List<String> objectives, List<Integer> citedObjectives) {
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
					MarkdownRenderer.objectiveMarkers(text.getBody()).stream().map(MarkdownRenderer.ObjectiveMarker::number).toList()))
			.toList();
	}

	/**
	 * How often each section cites each item, by section id and then evidence id, from the stored
	 * citations: an item counts once for each paragraph that cites it. One query.
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

	// Views for this module's pages

	/** A cited item on a section page, with the paragraphs that cite it and the candidate's note. */
	public record CitedItem(long evidenceId, int number, String label, String title, String href, List<String> anchors,
			String note) {
	}

	/** What the section page shows. */
	public record SectionPage(PortfolioSummary portfolio, SectionView section, boolean hasText, String html,
			WordTally words, List<CitedItem> cited, List<String> missing, LocalDateTime updatedAt,
			SinceApproval sinceApproval) {
	}

	/**
	 * What changed in a reopened section since it was last approved: the approved text is the
	 * revision kept at approval; null on the page while the section is approved or never was.
	 */
	public record SinceApproval(LocalDateTime approvedAt, int revision, boolean changed, List<WordDiff.Segment> segments) {
	}

	/** This section's words, all statement sections' words, and the route's limit on the latter. */
	public record WordTally(int section, int statementTotal, int limit, boolean statement) {

		public int otherStatements() {
			return this.statement ? this.statementTotal - this.section : this.statementTotal;
		}

		public boolean overLimit() {
			return this.statement && this.statementTotal > this.limit;
		}

		public int over() {
			return Math.max(0, this.statementTotal - this.limit);
		}

	}

	/** What the editor starts from. */
	public record Editor(PortfolioSummary portfolio, SectionView section, String body, long version,
			WordTally words, List<EvidenceSummary> evidence) {
	}

	/** What a save came to: saved (perhaps with nothing changed), or refused as stale. */
	public sealed interface SaveResult permits Saved, Conflict {
	}

	public record Saved(long version, int words, boolean changed, LocalDateTime at) implements SaveResult {
	}

	/** The text changed since the editor was opened: what is saved now, and its version. */
	public record Conflict(String savedBody, long version, LocalDateTime savedAt) implements SaveResult {
	}

	public record RevisionRow(int number, LocalDateTime createdAt, int words, String reasonKey, String suggestedBy) {
	}

	public record Revisions(PortfolioSummary portfolio, SectionView section, List<RevisionRow> rows) {
	}

	public record Comparison(RevisionRow from, RevisionRow to, List<WordDiff.Segment> segments) {
	}

	@Transactional(readOnly = true)
	public SectionPage page(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioView portfolio = readablePortfolio(user, portfolioId);
		SectionView section = sectionOf(portfolio, sectionId);
		SectionText text = this.texts.findById(sectionId).orElse(null);
		WordTally words = tally(user, portfolio, section);
		SinceApproval sinceApproval = sinceApproval(section, text);
		if (text == null || text.getBody().isBlank()) {
			return new SectionPage(portfolio.summary(), section, false, "", words, List.of(), List.of(),
					(text != null) ? local(text.getUpdatedAt()) : null, sinceApproval);
		}
		String body = text.getBody();
		Map<Integer, EvidenceSummary> items = cited(user, portfolioId, body);
		MarkdownRenderer.Rendered rendered = MarkdownRenderer.render(body, portfolioId, items,
				this.messages.getMessage("writing.citation.notFound", null, Locale.UK), objectivesPage(portfolio));
		Map<Long, List<StoredCitation>> byItem = this.citations
			.findBySectionIdOrderByParagraphAscEvidenceNumberAsc(sectionId)
			.stream()
			.collect(Collectors.groupingBy(StoredCitation::getEvidenceId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, EvidenceSummary> itemsById = items.values()
			.stream()
			.collect(Collectors.toMap(EvidenceSummary::id, (item) -> item));
		List<CitedItem> cited = byItem.entrySet()
			.stream()
			.filter((entry) -> itemsById.containsKey(entry.getKey()))
			.map((entry) -> {
				EvidenceSummary item = itemsById.get(entry.getKey());
				List<StoredCitation> places = entry.getValue();
				return new CitedItem(item.id(), item.number(), item.label(), item.title(),
						"/portfolios/" + portfolioId + "/evidence/" + item.number(),
						places.stream().map(StoredCitation::anchor).distinct().toList(),
						places.stream().map(StoredCitation::getNote).filter(Objects::nonNull).findFirst().orElse(null));
			})
			.sorted(Comparator.comparingInt(CitedItem::number))
			.toList();
		List<String> missing = rendered.missing().stream().map((n) -> "E" + n).toList();
		return new SectionPage(portfolio.summary(), section, true, rendered.html(), words, cited, missing,
				local(text.getUpdatedAt()), sinceApproval);
	}

	private SinceApproval sinceApproval(SectionView section, SectionText text) {
		if (section.isLocked() || !section.kind().isWritten()) {
			return null;
		}
		return this.revisions
			.findFirstBySectionIdAndReasonOrderByNumberDesc(section.id(), SectionRevision.Reason.APPROVED.code())
			.map((approved) -> {
				String now = (text != null) ? text.getBody() : "";
				return new SinceApproval(local(approved.getCreatedAt()), approved.getNumber(),
						!approved.getBody().equals(now), WordDiff.between(approved.getBody(), now));
			})
			.orElse(null);
	}

	// Public API for the submission export

	/**
	 * A written section's text as safe HTML for a document that holds the whole portfolio: each
	 * citation links to {@code #evidence-N} and each paragraph's id is
	 * {@code section-<sectionId>-para-N}, matching {@link org.chartfolio.evidence.CitationLookup.Citation#anchor()}.
	 */
	public record ExportedSection(SectionView section, String html) {
	}

	/** The portfolio's written sections that have text, in the portfolio's order, for whoever may read it. */
	@Transactional(readOnly = true)
	public List<ExportedSection> forExport(SignedInUser user, long portfolioId) {
		PortfolioView portfolio = readablePortfolio(user, portfolioId);
		String notFound = this.messages.getMessage("writing.citation.notFound", null, Locale.UK);
		List<ExportedSection> exported = new ArrayList<>();
		for (SectionView section : portfolio.sections()) {
			if (!section.kind().isWritten()) {
				continue;
			}
			String body = this.texts.findById(section.id()).map(SectionText::getBody).orElse("");
			if (body.isBlank()) {
				continue;
			}
			String objectives = objectivesPage(portfolio);
			String html = MarkdownRenderer.render(body, portfolioId, cited(user, portfolioId, body), notFound, objectives)
				.html()
				.replace("href=\"/portfolios/" + portfolioId + "/evidence/", "href=\"#evidence-")
				.replace("href=\"" + objectives + "#", "href=\"#")
				.replace("id=\"para-", "id=\"section-" + section.id() + "-para-");
			exported.add(new ExportedSection(section, html));
		}
		return exported;
	}

	/**
	 * One written section of a later portfolio against the same section (by position) of an earlier
	 * one: the words of each and the word-by-word difference. {@code wordsBefore} is 0 where the
	 * earlier portfolio had no text there.
	 */
	public record SectionComparison(SectionView section, int wordsBefore, int wordsNow, boolean changed,
			List<DiffPiece> diff) {
	}

	/**
	 * How each written section of {@code laterId} differs from the section at the same position of
	 * {@code earlierId}, for whoever reads both (a resubmitted copy and the copy it follows: the
	 * import that made them keeps every section's position).
	 */
	@Transactional(readOnly = true)
	public List<SectionComparison> compare(SignedInUser user, long earlierId, long laterId) {
		PortfolioView earlier = readablePortfolio(user, earlierId);
		PortfolioView later = readablePortfolio(user, laterId);
		Map<Long, SectionText> earlierTexts = this.texts.findByPortfolioId(earlierId)
			.stream()
			.collect(Collectors.toMap(SectionText::getSectionId, (text) -> text));
		Map<Long, SectionText> laterTexts = this.texts.findByPortfolioId(laterId)
			.stream()
			.collect(Collectors.toMap(SectionText::getSectionId, (text) -> text));
		Map<Integer, SectionText> earlierByPosition = new java.util.HashMap<>();
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
			List<DiffPiece> diff = WordDiff.between(oldBody, newBody)
				.stream()
				.map((segment) -> new DiffPiece(segment.text(), segment.added(), segment.removed()))
				.toList();
			comparisons.add(new SectionComparison(section, (before != null) ? before.getWordCount() : 0,
					(now != null) ? now.getWordCount() : 0, !oldBody.equals(newBody), diff));
		}
		return comparisons;
	}

	/**
	 * The page of the organisational context section, where the organisational objectives that [O2]
	 * cites are set out; null for a route without one.
	 */
	private static String objectivesPage(PortfolioView portfolio) {
		return portfolio.sections()
			.stream()
			.filter((section) -> section.kind() == SectionKind.ORGANISATIONAL_CONTEXT)
			.findFirst()
			.map((section) -> "/portfolios/" + portfolio.summary().id() + "/sections/" + section.id())
			.orElse(null);
	}

	// Public API for the review module

	/**
	 * Keeps the section's text as it stands now as a revision with the reason "approved", for the
	 * mentor approving it, and gives that revision's id. The text itself does not change.
	 */
	@Transactional
	public long keepApprovedText(SignedInUser mentor, long portfolioId, long sectionId) {
		PortfolioView portfolio = readablePortfolio(mentor, portfolioId);
		SectionView section = sectionOf(portfolio, sectionId);
		String body = this.texts.findById(section.id()).map(SectionText::getBody).orElse("");
		SectionRevision kept = this.revisions.save(new SectionRevision(section.id(),
				this.revisions.lastNumber(section.id()) + 1, body, WordCounter.count(body), this.clock.instant(),
				SectionRevision.Reason.APPROVED));
		return kept.getId();
	}

	/**
	 * The candidate takes a suggested wording: the first place the text holds {@code passage}, as
	 * written, becomes {@code replacement}, kept as a revision that names who suggested it. Refused
	 * with {@link org.chartfolio.portfolio.SectionLockedException} while the section is approved;
	 * gives false, changing nothing, when the text no longer holds the passage.
	 */
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
		// The quote was read from the page, where a line break in the Markdown reads as a space.
		java.util.regex.Matcher found = java.util.regex.Pattern
			.compile(java.util.Arrays.stream(words).map(java.util.regex.Pattern::quote)
				.collect(Collectors.joining("\\s+")))
			.matcher(body);
		if (!found.find()) {
			return false;
		}
		String text = body.substring(0, found.start()) + replacement + body.substring(found.end());
		if (text.length() > MAX_BODY_LENGTH) {
			return false;
		}
		Instant now = this.clock.instant();
		int count = WordCounter.count(text);
		current.rewrite(text, count, now);
		this.revisions.save(SectionRevision.suggestion(section.id(), this.revisions.lastNumber(section.id()) + 1, text,
				count, now, suggestedByName));
		recite(user, section, text);
		this.texts.saveAndFlush(current);
		return true;
	}

	/**
	 * The plain words of each paragraph of the section's text, the first being paragraph 1 (whose
	 * anchor on the section page is {@code para-1}), for quoting in a comment.
	 */
	@Transactional(readOnly = true)
	public List<String> paragraphs(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioView portfolio = readablePortfolio(user, portfolioId);
		SectionView section = sectionOf(portfolio, sectionId);
		return this.texts.findById(section.id())
			.map((text) -> MarkdownRenderer.paragraphs(text.getBody()))
			.orElse(List.of());
	}

	/**
	 * One paragraph of a section's text for the review page: its number (from 1, as in {@code para-N}),
	 * its safe HTML with citations linked, and its plain words, in which a quote must occur.
	 */
	public record ReviewParagraph(int number, String html, String words) {
	}

	/** The section's text paragraph by paragraph, for whoever may read the portfolio. */
	@Transactional(readOnly = true)
	public List<ReviewParagraph> reviewParagraphs(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioView portfolio = readablePortfolio(user, portfolioId);
		SectionView section = sectionOf(portfolio, sectionId);
		String body = this.texts.findById(section.id()).map(SectionText::getBody).orElse("");
		if (body.isBlank()) {
			return List.of();
		}
		List<String> html = MarkdownRenderer.renderBlocks(body, portfolioId, cited(user, portfolioId, body),
				this.messages.getMessage("writing.citation.notFound", null, Locale.UK), objectivesPage(portfolio));
		List<String> words = MarkdownRenderer.paragraphs(body);
		List<ReviewParagraph> paragraphs = new ArrayList<>();
		for (int i = 0; i < html.size(); i++) {
			paragraphs.add(new ReviewParagraph(i + 1, html.get(i), words.get(i)));
		}
		return paragraphs;
	}

	@Transactional(readOnly = true)
	public Editor editor(SignedInUser user, long portfolioId, long sectionId) {
		this.access.writable(user, portfolioId);
		PortfolioView portfolio = this.portfolios.view(user, portfolioId);
		SectionView section = writtenSectionOf(portfolio, sectionId);
		SectionText text = this.texts.findById(sectionId).orElse(null);
		return new Editor(portfolio.summary(), section, (text != null) ? text.getBody() : "",
				(text != null) ? text.getVersion() : 0, tally(user, portfolio, section),
				this.evidence.list(user, portfolioId));
	}

	/**
	 * Saves the text if the version posted is the current one. A text that does not change makes no
	 * revision; a changed one keeps a revision, and its citations are rebuilt in the same transaction.
	 */
	@Transactional
	public SaveResult save(SignedInUser user, long portfolioId, long sectionId, String body, long version,
			boolean automatic) {
		SectionView section = writableSection(user, portfolioId, sectionId);
		String text = normalise(body);
		if (text.length() > MAX_BODY_LENGTH) {
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

	/** How long deleted text stays in the bin, restorable. */
	static final java.time.Duration BIN_KEEPS = java.time.Duration.ofDays(30);

	/**
	 * Deletes the section's text: the text becomes empty and the old text stays as the revision
	 * before a "clear" one, from which the bin can restore it for 30 days.
	 */
	@Transactional
	public void clear(SignedInUser user, long portfolioId, long sectionId) {
		SectionView section = writableSection(user, portfolioId, sectionId);
		SectionText current = locked(section);
		if (!current.hasBody("")) {
			rewrite(user, section, current, "", SectionRevision.Reason.CLEAR);
		}
	}

	/** A section whose text was deleted, with how many words it had. */
	public record ClearedText(SectionView section, int words, Instant clearedAt, Instant restorableUntil) {
	}

	@Transactional(readOnly = true)
	public List<ClearedText> cleared(SignedInUser user, long portfolioId) {
		PortfolioView portfolio = this.portfolios.view(user, this.access.writable(user, portfolioId).id());
		Instant since = this.clock.instant().minus(BIN_KEEPS);
		List<ClearedText> cleared = new java.util.ArrayList<>();
		for (SectionRevision clear : this.revisions.findLatestWithReason(portfolio.id(), SectionRevision.Reason.CLEAR.code(), since)) {
			SectionView section = sectionOf(portfolio, clear.getSectionId());
			int words = this.revisions.findBySectionIdAndNumber(section.id(), clear.getNumber() - 1)
				.map(SectionRevision::getWordCount)
				.orElse(0);
			cleared.add(new ClearedText(section, words, clear.getCreatedAt(), clear.getCreatedAt().plus(BIN_KEEPS)));
		}
		return cleared;
	}

	/** Brings back the text a clear deleted, as a new revision. */
	@Transactional
	public void restoreCleared(SignedInUser user, long portfolioId, long sectionId) {
		SectionView section = writableSection(user, portfolioId, sectionId);
		SectionText current = locked(section);
		int last = this.revisions.lastNumber(section.id());
		SectionRevision clear = this.revisions.findBySectionIdAndNumber(section.id(), last)
			.filter((revision) -> revision.getReason() == SectionRevision.Reason.CLEAR)
			.filter((revision) -> revision.getCreatedAt().isAfter(this.clock.instant().minus(BIN_KEEPS)))
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		SectionRevision before = this.revisions.findBySectionIdAndNumber(section.id(), clear.getNumber() - 1)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		rewrite(user, section, current, before.getBody(), SectionRevision.Reason.RESTORE);
	}

	/** Sets what the candidate says an item shows in this section; an empty note removes it. */
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

	@Transactional(readOnly = true)
	public Revisions revisions(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioView portfolio = readablePortfolio(user, portfolioId);
		SectionView section = writtenSectionOf(portfolio, sectionId);
		List<RevisionRow> rows = this.revisions.findBySectionIdOrderByNumberDesc(sectionId)
			.stream()
			.map(this::row)
			.toList();
		return new Revisions(portfolio.summary(), section, rows);
	}

	@Transactional(readOnly = true)
	public Comparison compare(SignedInUser user, long portfolioId, long sectionId, int from, int to) {
		PortfolioView portfolio = readablePortfolio(user, portfolioId);
		writtenSectionOf(portfolio, sectionId);
		SectionRevision older = this.revisions.findBySectionIdAndNumber(sectionId, from)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		SectionRevision newer = this.revisions.findBySectionIdAndNumber(sectionId, to)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return new Comparison(row(older), row(newer), WordDiff.between(older.getBody(), newer.getBody()));
	}

	private Saved rewrite(SignedInUser user, SectionView section, SectionText current, String text,
			SectionRevision.Reason reason) {
		Instant now = this.clock.instant();
		int words = WordCounter.count(text);
		current.rewrite(text, words, now);
		this.revisions.save(new SectionRevision(section.id(), this.revisions.lastNumber(section.id()) + 1, text, words,
				now, reason));
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

	/** The section's text row, created empty if this is its first save, and locked until commit. */
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

	private Map<Integer, EvidenceSummary> cited(SignedInUser user, long portfolioId, String body) {
		Set<Integer> numbers = MarkdownRenderer.markers(body)
			.stream()
			.map(MarkdownRenderer.Marker::number)
			.collect(Collectors.toCollection(TreeSet::new));
		return numbers.isEmpty() ? Map.of() : this.evidence.byNumbers(user, portfolioId, numbers);
	}

	private WordTally tally(SignedInUser user, PortfolioView portfolio, SectionView section) {
		Map<Long, Integer> counts = this.texts.findByPortfolioId(portfolio.id())
			.stream()
			.collect(Collectors.toMap(SectionText::getSectionId, SectionText::getWordCount));
		return new WordTally(counts.getOrDefault(section.id(), 0), statementWords(portfolio, counts),
				portfolio.summary().statementWordLimit(), section.isStatement());
	}

	private static int statementWords(PortfolioView portfolio, Map<Long, Integer> counts) {
		return portfolio.sections()
			.stream()
			.filter(SectionView::isStatement)
			.mapToInt((section) -> counts.getOrDefault(section.id(), 0))
			.sum();
	}

	private PortfolioView readablePortfolio(SignedInUser user, long portfolioId) {
		this.access.readable(user, portfolioId);
		return this.portfolios.view(user, portfolioId);
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

	private static SectionView sectionOf(PortfolioView portfolio, long sectionId) {
		return portfolio.sections()
			.stream()
			.filter((section) -> section.id() == sectionId)
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolio.id()));
	}

	private static SectionView writtenSectionOf(PortfolioView portfolio, long sectionId) {
		SectionView section = sectionOf(portfolio, sectionId);
		if (!section.kind().isWritten()) {
			throw new PortfolioNotFoundException(portfolio.id());
		}
		return section;
	}

	private RevisionRow row(SectionRevision revision) {
		return new RevisionRow(revision.getNumber(), local(revision.getCreatedAt()), revision.getWordCount(),
				revision.getReason().messageKey(), revision.getSuggestedByName());
	}

	private LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, this.clock.getZone()) : null;
	}

	/** Browsers send line breaks as CR LF; stored text uses LF so that an unchanged text compares equal. */
	static String normalise(String body) {
		return (body == null) ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
	}

}
