package org.chartfolio.writing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.CitationLookup;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.SectionView;

import org.springframework.stereotype.Service;

/**
 * The writing module's public face: what other modules read of the written sections (word
 * counts, texts for checks, the export's HTML) and the pages and edits they reach (the
 * bin, the demo's text); word differences are {@link TextChanges} and what the review
 * module asks of a section {@link WritingReview}. Every call checks through
 * {@link PortfolioAccess} that the person may read or write the portfolio; a section of
 * another portfolio, or of a kind that is not written, is reported as not found.
 * <p>
 * The work is done by package-private classes, each with one reason to change:
 * {@link WritingPages} (what this module's pages show), {@link StatementEditing} (every
 * change to a text), {@link SectionRendering} (text to HTML with citations),
 * {@link TextTallies} (counts and texts for checks); this class holds the records they
 * answer with.
 */
@Service
@RequiredArgsConstructor
public class WritingService {

	/** Far beyond any word limit; keeps a pasted book out of the database. */
	static final int MAX_BODY_LENGTH = 100_000;

	private final TextTallies tallies;

	private final WritingPages pages;

	private final StatementEditing editing;

	private final SectionRendering rendering;

	// What other modules read

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
	 * A written section as a document that holds the whole portfolio prints it (the
	 * submission PDF, the assessors' web edition). {@code anchor} is
	 * {@code section-<sectionId>}; {@code heading} is the criterion heading of a
	 * statement, or null for the CV and the like, whose heading is the message
	 * {@code messageKey}. {@code html} is the text as safe HTML: each citation links to
	 * {@code #evidence-N} and each paragraph's id is {@code section-<sectionId>-para-N},
	 * matching {@link org.chartfolio.evidence.CitationLookup.Citation#anchor()}.
	 */
	public record ExportedPart(String anchor, String messageKey, Integer criterion, String heading, String description,
			String html) {
	}

	/**
	 * A citation of an evidence item as a whole-portfolio document links back to it:
	 * {@code href} is the cited paragraph's id in the document,
	 * {@code #section-<sectionId>-para-N}; {@code criterion} is null for a section on no
	 * criterion.
	 */
	public record ExportedCitation(String href, Integer criterion, String sectionTitle) {

		public static ExportedCitation of(CitationLookup.Citation citation) {
			return new ExportedCitation("#section-" + citation.sectionId() + "-" + citation.anchor(),
					citation.criterionNumber(), citation.sectionTitle());
		}

	}

	/**
	 * The portfolio's written sections that have text, each list in the portfolio's
	 * order: the statements apart from the other parts (the CV and the like).
	 */
	public record ExportedText(List<ExportedPart> written, List<ExportedPart> statements) {
	}

	/**
	 * The portfolio's written text for a whole-portfolio document, for whoever may read
	 * it.
	 */
	public ExportedText forExport(SignedInUser user, long portfolioId) {
		return this.rendering.forExport(user, portfolioId);
	}

	/**
	 * Browsers send line breaks as CR LF; stored text uses LF so that an unchanged text
	 * compares equal.
	 */
	static String normalise(String body) {
		return (body == null) ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
	}

}
