package org.chartfolio.review;

import java.util.Comparator;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.Standing;
import org.chartfolio.writing.SectionDiscussion;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The threads the writing module shows beside a section's text: the same threads as the
 * review page, for the candidate and the mentor only (a line manager never sees
 * comments). Two statements however many threads and comments there are: the threads,
 * then their comments.
 */
@Component
@RequiredArgsConstructor
class ReviewDiscussion implements SectionDiscussion {

	private final ReviewPages pages;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	@Override
	@Transactional(readOnly = true)
	public Discussion of(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioRole role = this.access.roleOf(user, portfolioId);
		if (role != PortfolioRole.OWNER && role != PortfolioRole.MENTOR) {
			return Discussion.NONE;
		}
		List<ReviewService.ThreadView> threads = this.pages.threadsOf(user, portfolioId, sectionId, null);
		SentBack latest = threads.stream()
			.filter((thread) -> thread.changesRequest() && !thread.comments().isEmpty())
			.map((thread) -> {
				ReviewService.CommentView first = thread.comments().get(0);
				return new SentBack(thread.id(), first.authorName(), first.at(), first.body());
			})
			.max(Comparator.comparing(SentBack::at).thenComparing(SentBack::threadId))
			.orElse(null);
		boolean changeable = this.access.standing(user, portfolioId).changeable();
		return new Discussion(true, role == PortfolioRole.OWNER, changeable,
				threads.stream().map(ReviewDiscussion::thread).toList(), latest);
	}

	/** One thread shown alone, and what the viewer may do with it. */
	record Alone(Thread thread, boolean candidate, boolean changeable, boolean writable) {
	}

	/**
	 * One thread of the section, as the page beside the text shows it after a reply or a
	 * step on it.
	 */
	@Transactional(readOnly = true)
	Alone alone(SignedInUser user, long portfolioId, long sectionId, long threadId) {
		Thread thread = thread(this.pages.threadsOf(user, portfolioId, sectionId, threadId).get(0));
		Standing standing = this.access.standing(user, portfolioId);
		boolean locked = this.portfolios.section(user, portfolioId, sectionId).isLocked();
		return new Alone(thread, standing.candidate(), standing.changeable(),
				standing.candidate() && standing.writable() && !locked);
	}

	static Thread thread(ReviewService.ThreadView view) {
		return new Thread(view.id(), view.quotedParagraph(), view.quotedText(), view.resolved(), view.resolvedByName(),
				view.resolvedAt(), view.version(), view.changesRequest(),
				view.suggestionOpen() ? view.suggestion() : null,
				view.comments()
					.stream()
					.map((comment) -> new Comment(comment.authorName(), comment.byCandidate(), comment.body(),
							comment.at()))
					.toList());
	}

}
