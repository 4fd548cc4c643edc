package org.chartfolio.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.review.ReviewService.ReviewActivity;
import org.chartfolio.review.ReviewService.UnresolvedCounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules' pages show of the review without its words: when the candidate and
 * the mentor last took part, what waits for review, and how many threads are unresolved.
 * Each is read in one transaction, in a fixed number of queries. Changes when a dashboard
 * wants a new count.
 */
@Service
@RequiredArgsConstructor
class ReviewCounts {

	private final SectionWorkflow workflow;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final ReviewThreads threads;

	private final ReviewComments comments;

	/**
	 * When the candidate and the mentor last took part in the review, for anybody who
	 * sees the portfolio's progress (the line manager too: it gives no words), in one
	 * query.
	 */
	@Transactional(readOnly = true)
	ReviewActivity activity(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.progressVisible(user, portfolioId);
		ReviewComments.Latest latest = this.comments.latest(portfolio.id(), portfolio.ownerId());
		return new ReviewActivity(latest.byCandidate(), latest.byOthers());
	}

	/**
	 * Sections waiting for review in the portfolios the person mentors, the longest
	 * waiting first.
	 */
	@Transactional(readOnly = true)
	List<SectionWorkflow.WaitingSection> waitingForReview(SignedInUser mentor) {
		return this.workflow.waitingFor(mentor);
	}

	/**
	 * Unresolved threads of a portfolio, for its candidate or mentor (a line manager
	 * never sees comments).
	 */
	@Transactional(readOnly = true)
	UnresolvedCounts unresolved(SignedInUser user, long portfolioId) {
		this.access.readable(user, portfolioId);
		Map<Long, Long> bySection = new HashMap<>();
		for (Object[] row : this.threads.countUnresolvedBySection(portfolioId)) {
			bySection.put((Long) row[0], (Long) row[1]);
		}
		return new UnresolvedCounts(bySection.values().stream().mapToLong(Long::longValue).sum(),
				Map.copyOf(bySection));
	}

	/**
	 * Unresolved threads per portfolio, for every portfolio the person owns or mentors;
	 * portfolios with none are absent.
	 */
	@Transactional(readOnly = true)
	Map<Long, Long> unresolvedByPortfolio(SignedInUser user) {
		Set<Long> readable = new HashSet<>();
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

}
