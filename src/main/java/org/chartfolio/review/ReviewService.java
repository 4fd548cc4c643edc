package org.chartfolio.review;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.writing.WritingReview;

import org.springframework.stereotype.Service;

/**
 * Section review's public face: the workflow steps of {@link SectionWorkflow} (which
 * holds the section's rules), the comment threads, and the {@link SectionReviewEvent}s
 * that tell others what happened, published inside the transaction. Commenting follows
 * the permission table: the candidate and the active mentor; anybody else gets not found.
 *
 * <p>
 * Public read API for other modules (dashboards, meeting preparation):
 * <ul>
 * <li>{@link #waitingForReview(SignedInUser)}: sections waiting for review in the
 * portfolios the person mentors, the longest waiting first;</li>
 * <li>{@link #unresolved(SignedInUser, long)}: how many threads of a portfolio are
 * unresolved, in all and per section; {@link #unresolvedByPortfolio(SignedInUser)} the
 * same per portfolio for every portfolio the person owns or mentors;</li>
 * <li>{@link #unresolvedThreads(SignedInUser, long)}: the unresolved threads of a
 * portfolio with their comments, section by section.</li>
 * </ul>
 *
 * <p>
 * The work is done by package-private classes, each with one reason to change:
 * {@link ReviewPages} (what the review pages show), {@link ReviewSteps} (the workflow
 * steps) and {@link ThreadEditing} (every change to a thread) and {@link ReviewCounts}
 * (the counts other modules read); this class holds the records they answer with.
 */
@Service
@RequiredArgsConstructor
public class ReviewService {

	private final ReviewPages pages;

	private final ReviewSteps steps;

	private final ThreadEditing editing;

	private final ReviewCounts counts;

	/**
	 * One comment; {@code byCandidate} tells the candidate's comments from the mentor's.
	 */
	public record CommentView(long id, String authorName, boolean byCandidate, String body, LocalDateTime at,
			boolean imported) {
	}

	/** A thread with its comments, oldest first. */
	public record ThreadView(long id, long sectionId, Integer quotedParagraph, String quotedText, boolean resolved,
			String resolvedByName, LocalDateTime resolvedAt, long version, List<CommentView> comments,
			boolean changesRequest, String suggestion, String suggestionState, String suggestionDecidedBy) {

		/** A suggested wording the candidate has not yet accepted or declined. */
		public boolean suggestionOpen() {
			return ReviewThread.OPEN.equals(this.suggestionState);
		}

		public boolean suggestionAccepted() {
			return ReviewThread.ACCEPTED.equals(this.suggestionState);
		}

	}

	/**
	 * A paragraph of the text on the review page, with the threads that quote it
	 * (unresolved first).
	 */
	public record ParagraphView(int number, String html, String words, List<ThreadView> threads) {
	}

	/**
	 * The mentor's latest request for changes: who asked, when, and the summary they
	 * wrote.
	 */
	public record ChangesRequest(long threadId, String byName, LocalDateTime at, String summary) {
	}

	/** A section's unresolved threads, for a page that gathers a whole portfolio's. */
	public record SectionThreads(SectionView section, List<ThreadView> threads) {
	}

	/**
	 * Unresolved threads of a portfolio: in all, and by section id (sections with none
	 * are absent).
	 */
	public record UnresolvedCounts(long total, Map<Long, Long> bySection) {

		public long of(long sectionId) {
			return this.bySection.getOrDefault(sectionId, 0L);
		}

	}

	/**
	 * What the review page of a section shows: the text paragraph by paragraph, every
	 * thread (unresolved first), and the latest request for changes (null when none was
	 * made).
	 */
	public record ReviewPage(PortfolioSummary portfolio, SectionWorkflow.ReviewState state, PortfolioRole viewer,
			String candidateName, LocalDateTime readySince, LocalDateTime approvedAt, LocalDateTime reopenedAt,
			List<WritingReview.ReviewParagraph> text, List<ThreadView> threads, ChangesRequest changesRequest) {

		/** Each paragraph with the threads that quote it. */
		public List<ParagraphView> paragraphs() {
			Map<Integer, List<ThreadView>> byParagraph = this.threads.stream()
				.filter((thread) -> thread.quotedParagraph() != null)
				.collect(Collectors.groupingBy(ThreadView::quotedParagraph));
			return this.text.stream()
				.map((p) -> new ParagraphView(p.number(), p.html(), p.words(),
						byParagraph.getOrDefault(p.number(), List.of())))
				.toList();
		}

		/**
		 * Threads about the whole section, or quoting a paragraph the text no longer has.
		 */
		public List<ThreadView> otherThreads() {
			return this.threads.stream()
				.filter((thread) -> thread.quotedParagraph() == null || thread.quotedParagraph() > this.text.size())
				.toList();
		}

		/** The summary of the request for changes the section is waiting on, or null. */
		public ChangesRequest awaitedChanges() {
			return (section().status() == SectionStatus.CHANGES_REQUESTED) ? this.changesRequest : null;
		}

		public SectionView section() {
			return this.state.section();
		}

		public boolean candidate() {
			return this.viewer == PortfolioRole.OWNER;
		}

		public boolean mentor() {
			return this.viewer == PortfolioRole.MENTOR;
		}

		public long unresolved() {
			return this.threads.stream().filter((thread) -> !thread.resolved()).count();
		}

	}

	public ReviewPage page(SignedInUser user, long portfolioId, long sectionId) {
		return this.pages.page(user, portfolioId, sectionId);
	}

	// The workflow (done by ReviewSteps)

	public void markReadyForReview(SignedInUser user, long portfolioId, long sectionId, long version) {
		this.steps.markReadyForReview(user, portfolioId, sectionId, version);
	}

	/**
	 * The mentor's request for changes also opens a thread, so the candidate can answer
	 * it there.
	 */
	public void requestChanges(SignedInUser user, long portfolioId, long sectionId, long version, String comment) {
		this.steps.requestChanges(user, portfolioId, sectionId, version, comment);
	}

	/**
	 * Approves the section whatever threads are still open: for callers that have already
	 * put the question to the mentor (the demo, an import).
	 */
	public void approve(SignedInUser user, long portfolioId, long sectionId, long version) {
		this.steps.approve(user, portfolioId, sectionId, version, true);
	}

	/**
	 * Approves the section; see {@link ReviewSteps#approve} for the question about
	 * unresolved threads.
	 */
	public void approve(SignedInUser user, long portfolioId, long sectionId, long version, boolean despiteUnresolved) {
		this.steps.approve(user, portfolioId, sectionId, version, despiteUnresolved);
	}

	public void reopen(SignedInUser user, long portfolioId, long sectionId, long version, String reason) {
		this.steps.reopen(user, portfolioId, sectionId, version, reason);
	}

	// Comment threads (done by ThreadEditing)

	/**
	 * Starts a thread, quoting a paragraph (from 1) when given. Gives the new thread's
	 * id.
	 */
	public long comment(SignedInUser user, long portfolioId, long sectionId, String body, Integer paragraph) {
		return this.editing.comment(user, portfolioId, sectionId, body, paragraph, null, null);
	}

	/** Starts a thread quoting only {@code quote}, words of the paragraph, when given. */
	public long comment(SignedInUser user, long portfolioId, long sectionId, String body, Integer paragraph,
			String quote) {
		return this.editing.comment(user, portfolioId, sectionId, body, paragraph, quote, null);
	}

	/**
	 * Starts a thread as above, with the mentor's suggested wording for the quoted words.
	 */
	public long comment(SignedInUser user, long portfolioId, long sectionId, String body, Integer paragraph,
			String quote, String suggestion) {
		return this.editing.comment(user, portfolioId, sectionId, body, paragraph, quote, suggestion);
	}

	public void reply(SignedInUser user, long portfolioId, long sectionId, long threadId, String body) {
		this.editing.reply(user, portfolioId, sectionId, threadId, body);
	}

	public void resolve(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		this.editing.resolve(user, portfolioId, sectionId, threadId, version);
	}

	public void reopenThread(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		this.editing.reopenThread(user, portfolioId, sectionId, threadId, version);
	}

	// Public read API

	/**
	 * When the candidate and the mentor last commented: times only, never the comments.
	 */
	public record ReviewActivity(Instant lastByCandidate, Instant lastByMentor) {
	}

	/**
	 * When the candidate and the mentor last took part in the review, for anybody who
	 * sees the portfolio's progress (the line manager too: it gives no words), in one
	 * query.
	 */
	public ReviewActivity activity(SignedInUser user, long portfolioId) {
		return this.counts.activity(user, portfolioId);
	}

	/**
	 * Sections waiting for review in the portfolios the person mentors, the longest
	 * waiting first.
	 */
	public List<SectionWorkflow.WaitingSection> waitingForReview(SignedInUser mentor) {
		return this.counts.waitingForReview(mentor);
	}

	/**
	 * Unresolved threads of a portfolio, for its candidate or mentor (a line manager
	 * never sees comments).
	 */
	public UnresolvedCounts unresolved(SignedInUser user, long portfolioId) {
		return this.counts.unresolved(user, portfolioId);
	}

	/**
	 * Unresolved threads per portfolio, for every portfolio the person owns or mentors;
	 * portfolios with none are absent.
	 */
	public Map<Long, Long> unresolvedByPortfolio(SignedInUser user) {
		return this.counts.unresolvedByPortfolio(user);
	}

	/**
	 * The unresolved threads of a portfolio, section by section in the portfolio's order.
	 */
	public List<SectionThreads> unresolvedThreads(SignedInUser user, long portfolioId) {
		return this.pages.unresolvedThreads(user, portfolioId);
	}

}
