package org.chartfolio.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.review.ReviewService.ChangesRequest;
import org.chartfolio.review.ReviewService.CommentView;
import org.chartfolio.review.ReviewService.ReviewPage;
import org.chartfolio.review.ReviewService.SectionThreads;
import org.chartfolio.review.ReviewService.ThreadView;
import org.chartfolio.writing.WritingReview;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review pages and the threads beside the text show, each read in one
 * transaction after checking that the person may read the portfolio. The threads of a
 * page take two queries however many there are: the threads, then their comments. Changes
 * when a page shows something new.
 */
@Service
@RequiredArgsConstructor
class ReviewPages {

	private final SectionWorkflow workflow;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final WritingReview writing;

	private final ReviewThreads threads;

	private final ReviewComments comments;

	private final AccountService accounts;

	private final Clock clock;

	@Transactional(readOnly = true)
	ReviewPage page(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		PortfolioRole viewer = this.access.roleOf(user, portfolioId);
		PortfolioView view = this.portfolios.view(user, portfolioId);
		SectionWorkflow.ReviewState state = this.workflow.state(user, portfolioId, sectionId);
		List<WritingReview.ReviewParagraph> text = state.section().kind().isWritten()
				? this.writing.reviewParagraphs(user, portfolioId, sectionId) : List.of();
		List<ThreadView> threads = views(portfolio, this.threads.findBySection(sectionId));
		ChangesRequest changes = threads.stream()
			.filter((thread) -> thread.changesRequest() && !thread.comments().isEmpty())
			.map((thread) -> {
				CommentView first = thread.comments().get(0);
				return new ChangesRequest(thread.id(), first.authorName(), first.at(), first.body());
			})
			.max(Comparator.comparing(ChangesRequest::at).thenComparing(ChangesRequest::threadId))
			.orElse(null);
		return new ReviewPage(view.summary(), state, viewer,
				this.accounts.displayNameOf(portfolio.ownerId()).orElse(""), local(state.readySince()),
				local(state.approvedAt()), local(state.reopenedAt()), text, threads, changes);
	}

	/**
	 * The unresolved threads of a portfolio, section by section in the portfolio's order.
	 */
	@Transactional(readOnly = true)
	List<SectionThreads> unresolvedThreads(SignedInUser user, long portfolioId) {
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
	 * The threads of a section (unresolved first) for whoever reads the portfolio, or
	 * only the one named ({@code threadId} not null), which must be of the section: not
	 * found otherwise.
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

	private List<ThreadView> views(PortfolioRef portfolio, List<ReviewThread> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CommentView>> byThread = new HashMap<>();
		for (ReviewComment comment : this.comments
			.findByThreadIdInOrderByCreatedAtAscIdAsc(found.stream().map(ReviewThread::getId).toList())) {
			byThread.computeIfAbsent(comment.getThreadId(), (id) -> new ArrayList<>())
				.add(new CommentView(comment.getId(), comment.getAuthorName(), comment.isBy(portfolio.ownerId()),
						comment.getBody(), local(comment.getCreatedAt()), comment.isImported()));
		}
		return found.stream()
			.map((thread) -> new ThreadView(thread.getId(), thread.getSectionId(), thread.getQuotedParagraph(),
					thread.getQuotedText(), thread.isResolved(), thread.getResolvedByName(),
					local(thread.getResolvedAt()), thread.getVersion(),
					byThread.getOrDefault(thread.getId(), List.of()), thread.isChangesRequest(), thread.getSuggestion(),
					thread.getSuggestionState(), thread.getSuggestionDecidedByName()))
			.toList();
	}

	private LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, this.clock.getZone()) : null;
	}

}
