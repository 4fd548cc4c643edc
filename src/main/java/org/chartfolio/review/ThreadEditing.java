package org.chartfolio.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.Refusal;
import org.chartfolio.writing.WritingReview;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the comment threads, each in its own transaction. Commenting follows
 * the permission table: the candidate and the active mentor; anybody else gets not found.
 * A step on a thread names the version it was shown, so a step from a stale page fails.
 */
@Service
@RequiredArgsConstructor
class ThreadEditing {

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final WritingReview writing;

	private final ReviewThreads threads;

	private final ReviewComments comments;

	private final ReviewEvents events;

	private final Clock clock;

	/**
	 * Starts a thread with a comment, quoting paragraph {@code paragraph} (from 1) of the
	 * section's text when it is given, or only {@code quote}, words of that paragraph:
	 * the quote must occur in the paragraph as it reads now (spaces and line breaks
	 * aside), or the comment is refused with a message on the quote. From the mentor, a
	 * suggested wording for the quoted words ({@code suggestion}, blank for none) that
	 * the candidate may accept. Gives the new thread's id.
	 */
	@Transactional
	long comment(SignedInUser user, long portfolioId, long sectionId, String body, Integer paragraph, String quote,
			String suggestion) {
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
			List<String> paragraphs = section.kind().isWritten() ? this.writing.paragraphs(user, portfolioId, sectionId)
					: List.of();
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
		String text = ReviewComment.checkedBody(body, "body");
		Instant now = this.clock.instant();
		ReviewThread started = new ReviewThread(portfolioId, sectionId, paragraph, quoted, now);
		if (!replacement.isEmpty()) {
			started.suggest(replacement);
		}
		ReviewThread thread = this.threads.save(started);
		this.comments.save(new ReviewComment(thread.getId(), user.id(), user.getDisplayName(), text, now));
		this.events.publish(SectionReviewEvent.Kind.COMMENTED, user, section, text, thread.getId());
		return thread.getId();
	}

	@Transactional
	void reply(SignedInUser user, long portfolioId, long sectionId, long threadId, String body) {
		ReviewThread thread = thread(user, portfolioId, sectionId, threadId);
		String text = ReviewComment.checkedBody(body, "body");
		this.comments
			.save(new ReviewComment(thread.getId(), user.id(), user.getDisplayName(), text, this.clock.instant()));
		this.events.publish(SectionReviewEvent.Kind.COMMENTED, user,
				this.portfolios.section(user, portfolioId, sectionId), text, thread.getId());
	}

	@Transactional
	void resolve(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		ReviewThread thread = current(user, portfolioId, sectionId, threadId, version);
		thread.resolve(user.getDisplayName(), this.clock.instant());
		this.threads.saveAndFlush(thread);
	}

	/**
	 * The candidate accepts the thread's suggested wording: the quoted words in the text
	 * become the suggested ones, in a revision naming the mentor who suggested them.
	 * Refused, changing nothing, when the text no longer holds the quoted words
	 * ({@link Refusal}) or the section is approved
	 * ({@link org.chartfolio.portfolio.SectionLockedException}); the thread's version
	 * makes a second accept from a stale page fail.
	 */
	@Transactional
	void acceptSuggestion(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
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
			throw new Refusal("review.suggestion.passageGone");
		}
		this.threads.saveAndFlush(thread);
	}

	/** The candidate declines the thread's suggested wording; the text stays as it is. */
	@Transactional
	void declineSuggestion(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		this.access.writable(user, portfolioId);
		ReviewThread thread = current(user, portfolioId, sectionId, threadId, version);
		thread.declineSuggestion(user.getDisplayName());
		this.threads.saveAndFlush(thread);
	}

	@Transactional
	void reopenThread(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		ReviewThread thread = current(user, portfolioId, sectionId, threadId, version);
		thread.reopen();
		this.threads.saveAndFlush(thread);
	}

	private ReviewThread thread(SignedInUser user, long portfolioId, long sectionId, long threadId) {
		this.access.changeable(user, portfolioId);
		return this.threads.findByIdAndPortfolioIdAndSectionId(threadId, portfolioId, sectionId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	private ReviewThread current(SignedInUser user, long portfolioId, long sectionId, long threadId, long version) {
		ReviewThread thread = thread(user, portfolioId, sectionId, threadId);
		thread.requireVersion(version);
		return thread;
	}

	/**
	 * Spaces, tabs and line breaks as one space: a selection in the browser reads them
	 * differently.
	 */
	private static String squeeze(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
