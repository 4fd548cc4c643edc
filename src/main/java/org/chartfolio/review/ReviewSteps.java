package org.chartfolio.review;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.writing.WritingReview;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review's workflow steps, each in its own transaction: {@link SectionWorkflow} holds
 * the section's rules and checks who may take the step; this class adds what the review
 * keeps beside it (the thread a request for changes opens, the question about unresolved
 * threads) and publishes what happened.
 */
@Service
@RequiredArgsConstructor
class ReviewSteps {

	private final SectionWorkflow workflow;

	private final PortfolioService portfolios;

	private final WritingReview writing;

	private final ReviewThreads threads;

	private final ReviewComments comments;

	private final ReviewEvents events;

	private final Clock clock;

	@Transactional
	void markReadyForReview(SignedInUser user, long portfolioId, long sectionId, long version) {
		SectionView section = this.workflow.markReadyForReview(user, portfolioId, sectionId, version);
		this.events.publish(SectionReviewEvent.Kind.READY_FOR_REVIEW, user, section, "");
	}

	/**
	 * The mentor's request for changes also opens a thread, so the candidate can answer
	 * it there.
	 */
	@Transactional
	void requestChanges(SignedInUser user, long portfolioId, long sectionId, long version, String comment) {
		String text = ReviewComment.checkedBody(comment, "comment");
		SectionView section = this.workflow.requestChanges(user, portfolioId, sectionId, version, text);
		ReviewThread thread = this.threads
			.save(ReviewThread.changesRequest(portfolioId, sectionId, this.clock.instant()));
		this.comments
			.save(new ReviewComment(thread.getId(), user.id(), user.getDisplayName(), text, this.clock.instant()));
		this.events.publish(SectionReviewEvent.Kind.CHANGES_REQUESTED, user, section, text, thread.getId());
	}

	/**
	 * Approves the section. While threads of a section waiting for review are unresolved,
	 * the mentor is asked first: without {@code despiteUnresolved} it refuses with
	 * {@link UnresolvedThreadsException}, which says how many.
	 */
	@Transactional
	void approve(SignedInUser user, long portfolioId, long sectionId, long version, boolean despiteUnresolved) {
		if (!despiteUnresolved) {
			SectionView current = this.portfolios.section(user, portfolioId, sectionId);
			long unresolved = this.threads.countBySectionIdAndResolvedAtIsNull(sectionId);
			if (current.status() == SectionStatus.READY_FOR_REVIEW && unresolved > 0) {
				throw new UnresolvedThreadsException(unresolved);
			}
		}
		SectionView section = this.workflow.approve(user, portfolioId, sectionId, version,
				() -> this.writing.keepApprovedText(user, portfolioId, sectionId));
		this.events.publish(SectionReviewEvent.Kind.APPROVED, user, section, "");
	}

	@Transactional
	void reopen(SignedInUser user, long portfolioId, long sectionId, long version, String reason) {
		SectionView section = this.workflow.reopen(user, portfolioId, sectionId, version, reason);
		this.events.publish(SectionReviewEvent.Kind.REOPENED, user, section, reason.strip());
	}

}
