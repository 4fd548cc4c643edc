package org.chartfolio.writing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.SectionView;

import org.springframework.stereotype.Service;

/**
 * The writing module's public face: what other modules read of the written sections (word
 * counts, texts for checks, changes, the export's HTML) and the few changes they ask for
 * (the demo's text, the review's approved text and accepted suggestions). Every call
 * checks through {@link PortfolioAccess} that the person may read or write the portfolio;
 * a section of another portfolio, or of a kind that is not written, is reported as not
 * found.
 * <p>
 * The work is done by package-private classes, each with one reason to change:
 * {@link WritingPages} (what this module's pages show), {@link StatementEditing} (every
 * change to a text), {@link SectionRendering} (text to HTML with citations),
 * {@link TextTallies} (counts and texts for checks) and {@link TextChanges} (word
 * differences); this class holds the records they answer with.
 */
@Service
@RequiredArgsConstructor
public class WritingService {

	/** Far beyond any word limit; keeps a pasted book out of the database. */
	static final int MAX_BODY_LENGTH = 100_000;

	/** How long deleted text stays in the bin, restorable. */

	private final TextTallies tallies;

	private final WritingPages pages;

	private final StatementEditing editing;

	private final SectionRendering rendering;

	private final TextChanges changes;

	// What other modules read

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
	public List<TextChange> changesSince(SignedInUser user, long portfolioId, Instant since) {
		return this.changes.changesSince(user, portfolioId, since);
	}

	/**
	 * A written section's text as a check reads it: its words, the item numbers its
	 * markers name (outside code, once per marker, in the order written) and its prose
	 * without code or markers; the organisational objectives it sets out (the
	 * organisational context's block, O1 first) and the objective numbers its [O2]
	 * markers name.
	 */
	public record WrittenText(long sectionId, int words, List<Integer> citedNumbers, String prose,
			List<String> objectives, List<Integer> citedObjectives) {
	}

	/** Words in each written section of the portfolio that has text, by section id. */
	public Map<Long, Integer> wordCounts(SignedInUser user, long portfolioId) {
		return this.tallies.wordCounts(user, portfolioId);
	}

	/**
	 * Words in all the portfolio's statement sections together: what the route's limit
	 * applies to.
	 */
	public int totalStatementWords(SignedInUser user, long portfolioId) {
		return this.tallies.totalStatementWords(user, portfolioId);
	}

	/** Every written section of the portfolio that has a text row, in one query. */
	public List<WrittenText> writtenTexts(SignedInUser user, long portfolioId) {
		return this.tallies.writtenTexts(user, portfolioId);
	}

	/**
	 * How often each section cites each item, by section id and then evidence id, from
	 * the stored citations: an item counts once for each paragraph that cites it. One
	 * query.
	 */
	public Map<Long, Map<Long, Integer>> citationCounts(SignedInUser user, long portfolioId) {
		return this.tallies.citationCounts(user, portfolioId);
	}

	// What this module's pages show (built by WritingPages)

	/**
	 * A cited item on a section page, with the paragraphs that cite it and the
	 * candidate's note.
	 */
	public record CitedItem(long evidenceId, int number, String label, String title, String href, List<String> anchors,
			String note) {
	}

	/** What the section page shows. */
	public record SectionPage(PortfolioSummary portfolio, SectionView section, boolean hasText, String html,
			WordTally words, List<CitedItem> cited, List<String> missing, LocalDateTime updatedAt,
			SinceApproval sinceApproval) {
	}

	/**
	 * What changed in a reopened section since it was last approved: the approved text is
	 * the revision kept at approval; null on the page while the section is approved or
	 * never was.
	 */
	public record SinceApproval(LocalDateTime approvedAt, int revision, boolean changed,
			List<WordDiff.Segment> segments) {
	}

	/**
	 * This section's words, all statement sections' words, and the route's limit on the
	 * latter.
	 */
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
	public record Editor(PortfolioSummary portfolio, SectionView section, String body, long version, WordTally words,
			List<EvidenceSummary> evidence) {
	}

	/** What a save came to: saved (perhaps with nothing changed), or refused as stale. */
	public sealed interface SaveResult permits Saved, Conflict {

	}

	public record Saved(long version, int words, boolean changed, LocalDateTime at) implements SaveResult {
	}

	/**
	 * The text changed since the editor was opened: what is saved now, and its version.
	 */
	public record Conflict(String savedBody, long version, LocalDateTime savedAt) implements SaveResult {
	}

	public record RevisionRow(int number, LocalDateTime createdAt, int words, String reasonKey, String suggestedBy) {
	}

	public record Revisions(PortfolioSummary portfolio, SectionView section, List<RevisionRow> rows) {
	}

	public record Comparison(RevisionRow from, RevisionRow to, List<WordDiff.Segment> segments) {
	}

	/** A section whose text was deleted, with how many words it had. */
	public record ClearedText(SectionView section, int words, Instant clearedAt, Instant restorableUntil) {
	}

	/*
	 * The pages and edits other modules reach: the dashboard's bin, the demo's text, and
	 * the tests of other modules that write a text (or read its page) as a candidate or
	 * mentor would.
	 */

	public SectionPage page(SignedInUser user, long portfolioId, long sectionId) {
		return this.pages.page(user, portfolioId, sectionId);
	}

	public Editor editor(SignedInUser user, long portfolioId, long sectionId) {
		return this.pages.editor(user, portfolioId, sectionId);
	}

	public Revisions revisions(SignedInUser user, long portfolioId, long sectionId) {
		return this.pages.revisions(user, portfolioId, sectionId);
	}

	/** The texts in the bin, for whoever may write the portfolio. */
	public List<ClearedText> cleared(SignedInUser user, long portfolioId) {
		return this.pages.cleared(user, portfolioId);
	}

	/**
	 * See {@link StatementEditing#save}: refused as a {@link Conflict} when the version
	 * is stale.
	 */
	public SaveResult save(SignedInUser user, long portfolioId, long sectionId, String body, long version,
			boolean automatic) {
		return this.editing.save(user, portfolioId, sectionId, body, version, automatic);
	}

	public Saved restore(SignedInUser user, long portfolioId, long sectionId, int number) {
		return this.editing.restore(user, portfolioId, sectionId, number);
	}

	public void clear(SignedInUser user, long portfolioId, long sectionId) {
		this.editing.clear(user, portfolioId, sectionId);
	}

	public void annotate(SignedInUser user, long portfolioId, long sectionId, long evidenceId, String note) {
		this.editing.annotate(user, portfolioId, sectionId, evidenceId, note);
	}

	// For the submission export

	/**
	 * A written section's text as safe HTML for a document that holds the whole
	 * portfolio: each citation links to {@code #evidence-N} and each paragraph's id is
	 * {@code section-<sectionId>-para-N}, matching
	 * {@link org.chartfolio.evidence.CitationLookup.Citation#anchor()}.
	 */
	public record ExportedSection(SectionView section, String html) {
	}

	/**
	 * The portfolio's written sections that have text, in the portfolio's order, for
	 * whoever may read it.
	 */
	public List<ExportedSection> forExport(SignedInUser user, long portfolioId) {
		return this.rendering.forExport(user, portfolioId);
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
	public List<SectionComparison> compare(SignedInUser user, long earlierId, long laterId) {
		return this.changes.compare(user, earlierId, laterId);
	}

	// For the review module

	/**
	 * Keeps the section's text as it stands now as a revision with the reason "approved",
	 * for the mentor approving it, and gives that revision's id. The text itself does not
	 * change.
	 */
	public long keepApprovedText(SignedInUser mentor, long portfolioId, long sectionId) {
		return this.editing.keepApprovedText(mentor, portfolioId, sectionId);
	}

	/**
	 * The candidate takes a suggested wording: the first place the text holds
	 * {@code passage}, as written, becomes {@code replacement}, kept as a revision that
	 * names who suggested it. Refused with
	 * {@link org.chartfolio.portfolio.SectionLockedException} while the section is
	 * approved; gives false, changing nothing, when the text no longer holds the passage.
	 */
	public boolean acceptSuggestion(SignedInUser user, long portfolioId, long sectionId, String passage,
			String replacement, String suggestedByName) {
		return this.editing.acceptSuggestion(user, portfolioId, sectionId, passage, replacement, suggestedByName);
	}

	/**
	 * The plain words of each paragraph of the section's text, the first being paragraph
	 * 1 (whose anchor on the section page is {@code para-1}), for quoting in a comment.
	 */
	public List<String> paragraphs(SignedInUser user, long portfolioId, long sectionId) {
		return this.rendering.paragraphs(user, portfolioId, sectionId);
	}

	/**
	 * One paragraph of a section's text for the review page: its number (from 1, as in
	 * {@code para-N}), its safe HTML with citations linked, and its plain words, in which
	 * a quote must occur.
	 */
	public record ReviewParagraph(int number, String html, String words) {
	}

	/** The section's text paragraph by paragraph, for whoever may read the portfolio. */
	public List<ReviewParagraph> reviewParagraphs(SignedInUser user, long portfolioId, long sectionId) {
		return this.rendering.reviewParagraphs(user, portfolioId, sectionId);
	}

	/**
	 * Browsers send line breaks as CR LF; stored text uses LF so that an unchanged text
	 * compares equal.
	 */
	static String normalise(String body) {
		return (body == null) ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
	}

}
