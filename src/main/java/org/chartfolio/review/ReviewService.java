package org.chartfolio.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.writing.WritingService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Section review as the candidate and the mentor use it: the workflow steps of
 * {@link SectionWorkflow} (which holds the section's rules), the comment threads, and the
 * {@link SectionReviewEvent}s that tell others what happened, published inside the transaction.
 * Commenting follows the permission table: the candidate and the active mentor; anybody else gets
 * not found.
 *
 * <p>Public read API for other modules (dashboards, meeting preparation):
 * <ul>
 * <li>{@link #waitingForReview(SignedInUser)}: sections waiting for review in the portfolios the
 * person mentors, the longest waiting first;</li>
 * <li>{@link #unresolved(SignedInUser, long)}: how many threads of a portfolio are unresolved, in
 * all and per section; {@link #unresolvedByPortfolio(SignedInUser)} the same per portfolio for every
 * portfolio the person owns or mentors;</li>
 * <li>{@link #unresolvedThreads(SignedInUser, long)}: the unresolved threads of a portfolio with
 * their comments, section by section.</li>
 * </ul>
 */
@Service
public class ReviewService {

	private final SectionWorkflow workflow;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final WritingService writing;

	private final ReviewThreads threads;

	private final ReviewComments comments;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final AccountService accounts;

	ReviewService(SectionWorkflow workflow, PortfolioAccess access, PortfolioService portfolios, WritingService writing,
			ReviewThreads threads, ReviewComments comments, ApplicationEventPublisher events, MessageSource messages,
			Clock clock, AccountService accounts) {
		this.accounts = accounts;
		this.workflow = workflow;
		this.access = access;
		this.portfolios = portfolios;
		this.writing = writing;
		this.threads = threads;
		this.comments = comments;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** One comment; {@code byCandidate} tells the candidate's comments from the mentor's. */
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

	/** A paragraph of the text on the review page, with the threads that quote it (unresolved first). */
	public record ParagraphView(int number, String html, String words, List<ThreadView> threads) {
	}

	/** The mentor's latest request for changes: who asked, when, and the summary they wrote. */
	public record ChangesRequest(long threadId, String byName, LocalDateTime at, String summary) {
	}

	/** A section's unresolved threads, for a page that gathers a whole portfolio's. */
	public record SectionThreads(SectionView section, List<ThreadView> threads) {
	}

	/** Unresolved threads of a portfolio: in all, and by section id (sections with none are absent). */
	public record UnresolvedCounts(long total, Map<Long, Long> bySection) {

		public long of(long sectionId) {
			return this.bySection.getOrDefault(sectionId, 0L);
		}

	}

	/**
	 * What the review page of a section shows: the text paragraph by paragraph, every thread
	 * (unresolved first), and the latest request for changes (null when none was made).
	 */
	public record ReviewPage(PortfolioSummary portfolio, SectionWorkflow.ReviewState state, PortfolioRole viewer,
			String candidateName, LocalDateTime readySince, LocalDateTime approvedAt, LocalDateTime reopenedAt,
			List<WritingService.ReviewParagraph> text, List<ThreadView> threads, ChangesRequest changesRequest) {

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

		/** Threads about the whole section, or quoting a paragraph the text no longer has. */
		public List<ThreadView> otherThreads() {
			return this.threads.stream()
				.filter((thread) -> thread.quotedParagraph() == null || thread.quotedParagraph() > this.text.size())
				.toList();
		}

		/** The summary of the request for changes the section is waiting on, or null. */
		public ChangesRequest awaitedChanges() {
			return (section().status() == org.chartfolio.portfolio.SectionStatus.CHANGES_REQUESTED)
					? this.changesRequest : null;
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

	@Transactional(readOnly = true)
	public ReviewPage page(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		PortfolioRole viewer = this.access.roleOf(user, portfolioId);
		PortfolioView view = this.portfolios.view(user, portfolioId);
		SectionWorkflow.ReviewState state = this.workflow.state(user, portfolioId, sectionId);
		List<WritingService.ReviewParagraph> text = state.section().kind().isWritten()
				? this.writing.reviewParagraphs(user, portfolioId, sectionId) : List.of();
		List<ThreadView> threads = views(portfolio, this.threads.findBySection(sectionId));
		ChangesRequest changes = threads.stream()
			.filter((thread) -> thread.changesRequest() && !thread.comments().isEmpty())
			.map((thread) -> {
				CommentView first = thread.comments().get(0);
				return new ChangesRequest(thread.id(), first.authorName(), first.at(), first.body());
			})
			.max(java.util.Comparator.comparing(ChangesRequest::at).thenComparing(ChangesRequest::threadId))
			.orElse(null);
		return new ReviewPage(view.summary(), state, viewer, this.accounts.displayNameOf(portfolio.ownerId()).orElse(""),
				local(state.readySince()), local(state.approvedAt()), local(state.reopenedAt()), text, threads, changes);
	}

	// The workflow

	@Transactional
	public void markReadyForReview(SignedInUser user, long portfolioId, long sectionId, long version) {
		SectionView section = this.workflow.markReadyForReview(user, portfolioId, sectionId, version);
		publish(SectionReviewEvent.Kind.READY_FOR_REVIEW, user, section, "");
	}

	/** The mentor's request for changes also opens a thread, so the candidate can answer it there. */
	@Transactional
	public void requestChanges(SignedInUser user, long portfolioId, long sectionId, long version, String comment) {
		String text = commentText(comment, "comment");
		SectionView section = this.workflow.requestChanges(user, portfolioId, sectionId, version, text);
		ReviewThread thread = this.threads.save(ReviewThread.changesRequest(portfolioId, sectionId, this.clock.instant()));
		this.comments.save(new ReviewComment(thread.getId(), user.id(), user.getDisplayName(), text, this.clock.instant()));
		publish(SectionReviewEvent.Kind.CHANGES_REQUESTED, user, section, text, thread.getId());
	}

	/**
	 * Approves the section whatever threads are still open: for callers that have already put the
	 * question to the mentor (the demo, an import).
	 */
	@Transactional
	public void approve(SignedInUser user, long portfolioId, long sectionId, long version) {
		approve(user, portfolioId, sectionId, version, true);
	}

	/**
	 * Approves the section. While threads of a section waiting for review are unresolved, the mentor
	 * is asked first: without {@code despiteUnresolved} it refuses with {@link UnresolvedThreadsException},
	 * which says how many.
	 */
	@Transactional
	public void approve(SignedInUser user, long portfolioId, long sectionId, long version, boolean despiteUnresolved) {
		if (!despiteUnresolved) {
			SectionView current = this.portfolios.section(user, portfolioId, sectionId);
			long unresolved = this.threads.countBySectionIdAndResolvedAtIsNull(sectionId);
			if (current.status() == org.chartfolio.portfolio.SectionStatus.READY_FOR_REVIEW && unresolved > 0) {
				throw new UnresolvedThreadsException(unresolved);
			}
		}
		SectionView section = this.workflow.approve(user, portfolioId, sectionId, version,
				() -> this.writing.keepApprovedText(user, portfolioId, sectionId));
		publish(SectionReviewEvent.Kind.APPROVED, user, section, "");
	}

	@Transactional
	public void reopen(SignedInUser user, long portfolioId, long sectionId, long version, String reason) {
		SectionView section = this.workflow.reopen(user, portfolioId, sectionId, version, reason);
		publish(SectionReviewEvent.Kind.REOPENED, user, section, reason.strip());
	}

	// Comment threads

	/**
	 * Starts a thread with a comment, quoting paragraph {@code paragraph} (from 1) of the section's
	 * text when it is given. Gives the new thread's id.
	 */
	@Transactional
	public long comment(SignedInUser user, long portfolioId, long sectionId, String body, Integer paragraph) {
		return comment(user, portfolioId, sectionId, body, paragraph, null);
	}

	/**
	 * Starts a thread as {@link #comment(SignedInUser, long, long, String, Integer)} does, quoting only
	 * {@code quote}, words of that paragraph, when given: the quote must occur in the paragraph as it
	 * reads now (spaces and line breaks aside), or the comment is refused with a message on the quote.
	 */
	@Transactional
	public long comment(SignedInUser user, long portfolioId, long sectionId, String body, Integer paragraph,
			String quote) {
		return comment(user, portfolioId, sectionId, body, paragraph, quote, null);
	}

	/**
	 * Starts a thread quoting words of a paragraph, as above, and, from the mentor, a suggested
	 * wording for those words ({@code suggestion}, blank for none) that the candidate may accept.
	 */
	@Transactional
	public long comment(SignedInUser user, long portfolioId, long sectionId, String body, Integer paragraph,
			String quote, String suggestion) {
		this.access.changeable(user, portfolioId);
		String replacement = (suggestion != null) ? suggestion.strip() : "";
		if (!replacement.isEmpty()) {
			if (this.access.roleOf(user, portfolioId) != PortfolioRole.MENTOR) {
				throw new FieldProblem("suggestion", "review.suggestion.mentorOnly");
			}
			if (quote == null || quote.isBlank()) {
				throw new FieldProblem("suggestion", "review.suggestion.needsQuote");
			}
			if (replacement.length() > ReviewComment.MAX_LENGTH) {
				throw new FieldProblem("suggestion", "review.suggestion.tooLong");
			}
		}
		SectionView section = this.portfolios.section(user, portfolioId, sectionId);
		String words = (quote != null) ? squeeze(quote) : "";
		if (!words.isEmpty() && paragraph == null) {
			throw new FieldProblem("quote", "review.comment.quote.noParagraph");
		}
		String quoted = null;
		if (paragraph != null) {
			List<String> paragraphs = section.kind().isWritten()
					? this.writing.paragraphs(user, portfolioId, sectionId) : List.of();
			if (paragraph < 1 || paragraph > paragraphs.size()) {
				throw new FieldProblem("paragraph", "review.comment.paragraph.invalid");
			}
			quoted = paragraphs.get(paragraph - 1);
			if (!words.isEmpty()) {
				if (!squeeze(quoted).contains(words)) {
					throw new FieldProblem("quote", "review.comment.quote.notFound");
				}
				quoted = words;
			}
		}
		String text = commentText(body, "body");
		Instant now = this.clock.instant();
		ReviewThread started = new ReviewThread(portfolioId, sectionId, paragraph, quoted, now);
		if (!replacement.isEmpty()) {
			started.suggest(replacement);
		}
		ReviewThread thread = this.threads.save(started);
		this.comments.save(new ReviewComment(thread.getId(), user.id(), user.getDisplayName(), text, now));
		publish(SectionReviewEvent.Kind.COMMENTED, user, section, text, thread.getId());
		return thread.getId();
	}

	@Transactional
	public void reply(SignedInUser user, long portfolioId, long sectionId, long threadId, String body) {
		ReviewThread thread = thread(user, portfolioId, sectionId, threadId);
		String text = commentText(body, "body");
		this.comments.save(new ReviewComment(thread.getId(), user.id(), user.getDisplayName(), text,
				this.clock.instant()));
		publish(SectionReviewEvent.Kind.COMMENTED, user, this.portfolios.section(user, portfolioId, sectionId), text,
				thread.getId());
	}

	@Transactional
	public void resolve(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		ReviewThread thread = current(user, portfolioId, sectionId, threadId, version);
		thread.resolve(user.getDisplayName(), this.clock.instant());
		this.threads.saveAndFlush(thread);
	}

	/**
	 * The candidate accepts the thread's suggested wording: the quoted words in the text become the
	 * suggested ones, in a revision naming the mentor who suggested them. Refused, changing nothing,
	 * when the text no longer holds the quoted words ({@link ReviewProblem}) or the section is
	 * approved ({@link org.chartfolio.portfolio.SectionLockedException}); the thread's version makes a
	 * second accept from a stale page fail.
	 */
	@Transactional
	public void acceptSuggestion(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		this.access.writable(user, portfolioId);
		ReviewThread thread = current(user, portfolioId, sectionId, threadId, version);
		thread.acceptSuggestion(user.getDisplayName());
		String suggestedBy = this.comments.findByThreadIdInOrderByCreatedAtAscIdAsc(List.of(thread.getId()))
			.stream()
			.findFirst()
			.map(ReviewComment::getAuthorName)
			.orElse("");
		if (!this.writing.acceptSuggestion(user, portfolioId, sectionId, thread.getQuotedText(), thread.getSuggestion(),
				suggestedBy)) {
			throw new ReviewProblem("review.suggestion.passageGone");
		}
		this.threads.saveAndFlush(thread);
	}

	/** The candidate declines the thread's suggested wording; the text stays as it is. */
	@Transactional
	public void declineSuggestion(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		this.access.writable(user, portfolioId);
		ReviewThread thread = current(user, portfolioId, sectionId, threadId, version);
		thread.declineSuggestion(user.getDisplayName());
		this.threads.saveAndFlush(thread);
	}

	@Transactional
	public void reopenThread(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		ReviewThread thread = current(user, portfolioId, sectionId, threadId, version);
		thread.reopen();
		this.threads.saveAndFlush(thread);
	}

	// Public read API

	/** When the candidate and the mentor last commented: times only, never the comments. */
	public record ReviewActivity(Instant lastByCandidate, Instant lastByMentor) {
	}

	/**
	 * When the candidate and the mentor last took part in the review, for anybody who sees the
	 * portfolio's progress (the line manager too: it gives no words), in one query.
	 */
	@Transactional(readOnly = true)
	public ReviewActivity activity(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.progressVisible(user, portfolioId);
		ReviewComments.Latest latest = this.comments.latest(portfolio.id(), portfolio.ownerId());
		return new ReviewActivity(latest.byCandidate(), latest.byOthers());
	}

	/** Sections waiting for review in the portfolios the person mentors, the longest waiting first. */
	@Transactional(readOnly = true)
	public List<SectionWorkflow.WaitingSection> waitingForReview(SignedInUser mentor) {
		return this.workflow.waitingFor(mentor);
	}

	/** Unresolved threads of a portfolio, for its candidate or mentor (a line manager never sees comments). */
	@Transactional(readOnly = true)
	public UnresolvedCounts unresolved(SignedInUser user, long portfolioId) {
		this.access.readable(user, portfolioId);
		Map<Long, Long> bySection = new HashMap<>();
		for (Object[] row : this.threads.countUnresolvedBySection(portfolioId)) {
			bySection.put((Long) row[0], (Long) row[1]);
		}
		return new UnresolvedCounts(bySection.values().stream().mapToLong(Long::longValue).sum(), Map.copyOf(bySection));
	}

	/**
	 * Unresolved threads per portfolio, for every portfolio the person owns or mentors; portfolios
	 * with none are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> unresolvedByPortfolio(SignedInUser user) {
		Set<Long> readable = new java.util.HashSet<>();
		this.portfolios.portfoliosOf(user).forEach((summary) -> readable.add(summary.id()));
		this.portfolios.sharedWith(user)
			.stream()
			.filter((shared) -> shared.role() == PortfolioRole.MENTOR)
			.forEach((shared) -> readable.add(shared.summary().id()));
		if (readable.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : this.threads.countUnresolvedByPortfolio(readable)) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		return Map.copyOf(counts);
	}

	/** The unresolved threads of a portfolio, section by section in the portfolio's order. */
	@Transactional(readOnly = true)
	public List<SectionThreads> unresolvedThreads(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		PortfolioView view = this.portfolios.view(user, portfolioId);
		Map<Long, List<ThreadView>> bySection = views(portfolio,
				this.threads.findByPortfolioIdAndResolvedAtIsNullOrderByCreatedAtAscIdAsc(portfolioId))
			.stream()
			.collect(Collectors.groupingBy(ThreadView::sectionId, LinkedHashMap::new, Collectors.toList()));
		return view.sections()
			.stream()
			.filter((section) -> bySection.containsKey(section.id()))
			.map((section) -> new SectionThreads(section, bySection.get(section.id())))
			.toList();
	}

	/**
	 * The threads of a section (unresolved first) for whoever reads the portfolio, or only the one
	 * named ({@code threadId} not null), which must be of the section: not found otherwise.
	 */
	@Transactional(readOnly = true)
	List<ThreadView> threadsOf(SignedInUser user, long portfolioId, long sectionId, Long threadId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		if (threadId == null) {
			return views(portfolio, this.threads.findBySection(portfolioId, sectionId));
		}
		ReviewThread thread = this.threads.findByIdAndPortfolioIdAndSectionId(threadId, portfolioId, sectionId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return views(portfolio, List.of(thread));
	}

	// Helpers

	private List<ThreadView> views(PortfolioRef portfolio, List<ReviewThread> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CommentView>> byThread = new HashMap<>();
		for (ReviewComment comment : this.comments
			.findByThreadIdInOrderByCreatedAtAscIdAsc(found.stream().map(ReviewThread::getId).toList())) {
			byThread.computeIfAbsent(comment.getThreadId(), (id) -> new ArrayList<>())
				.add(new CommentView(comment.getId(), comment.getAuthorName(),
						comment.isBy(portfolio.ownerId()), comment.getBody(), local(comment.getCreatedAt()),
						comment.isImported()));
		}
		return found.stream()
			.map((thread) -> new ThreadView(thread.getId(), thread.getSectionId(), thread.getQuotedParagraph(),
					thread.getQuotedText(), thread.isResolved(), thread.getResolvedByName(),
					local(thread.getResolvedAt()), thread.getVersion(),
					byThread.getOrDefault(thread.getId(), List.of()), thread.isChangesRequest(), thread.getSuggestion(),
					thread.getSuggestionState(), thread.getSuggestionDecidedByName()))
			.toList();
	}

	private ReviewThread thread(SignedInUser user, long portfolioId, long sectionId, long threadId) {
		this.access.changeable(user, portfolioId);
		return this.threads.findByIdAndPortfolioIdAndSectionId(threadId, portfolioId, sectionId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	private ReviewThread current(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		ReviewThread thread = thread(user, portfolioId, sectionId, threadId);
		if (thread.getVersion() != version) {
			throw new org.chartfolio.system.StaleEditException(thread.getVersion());
		}
		return thread;
	}

	/** Spaces, tabs and line breaks as one space: a selection in the browser reads them differently. */
	private static String squeeze(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	private static String commentText(String body, String field) {
		String text = (body == null) ? "" : body.strip();
		if (text.isEmpty()) {
			throw new FieldProblem(field, "review.comment.required");
		}
		if (text.length() > ReviewComment.MAX_LENGTH) {
			throw new FieldProblem(field, "review.comment.tooLong");
		}
		return text;
	}

	private void publish(SectionReviewEvent.Kind kind, SignedInUser user, SectionView section, String text) {
		publish(kind, user, section, text, null);
	}

	private void publish(SectionReviewEvent.Kind kind, SignedInUser user, SectionView section, String text,
			Long threadId) {
		this.events.publishEvent(new SectionReviewEvent(kind, section.portfolioId(), section.id(), title(section),
				user.id(), user.getDisplayName(), text, this.clock.instant(), threadId));
	}

	/** The section's name as its pages show it. */
	private String title(SectionView section) {
		if (section.criterionNumber() != null && section.title() != null) {
			return this.messages.getMessage("overview.criterion", new Object[] { section.criterionNumber(), section.title() },
					Locale.UK);
		}
		return this.messages.getMessage(section.kind().messageKey(), null, Locale.UK);
	}

	private LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, this.clock.getZone()) : null;
	}

}
