package org.chartfolio.dashboard;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.dashboard.DashboardService.Card;
import org.chartfolio.dashboard.DashboardService.Supported;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.portfolio.SharedPortfolio;
import org.chartfolio.review.ReviewService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supporters' part of the home page: each portfolio the person mentors or
 * line-manages, with its card and what waits for them. What waits (reviews, comments,
 * meeting dates) is read once for all their portfolios, not once for each. Changes when a
 * supporter's home page shows something new.
 */
@Service
@RequiredArgsConstructor
class SupportedPortfolios {

	private final PortfolioService portfolios;

	private final PortfolioCards cards;

	private final ReviewService review;

	private final MeetingService meetings;

	@Transactional(readOnly = true)
	List<Supported> supported(SignedInUser user) {
		List<SharedPortfolio> shared = this.portfolios.sharedWith(user);
		if (shared.isEmpty()) {
			return List.of();
		}
		boolean mentors = shared.stream().anyMatch((portfolio) -> portfolio.role() == PortfolioRole.MENTOR);
		List<SectionWorkflow.WaitingSection> waiting = mentors ? this.review.waitingForReview(user) : List.of();
		Map<Long, Long> unresolved = mentors ? this.review.unresolvedByPortfolio(user) : Map.of();
		Map<Long, MeetingService.MeetingDates> dates = this.meetings.dates(user,
				shared.stream().map((portfolio) -> portfolio.summary().id()).toList());
		List<Card> cards = this.cards.cards(user, shared.stream().map(SharedPortfolio::summary).toList());
		return IntStream.range(0, shared.size()).mapToObj((index) -> {
			SharedPortfolio portfolio = shared.get(index);
			long id = portfolio.summary().id();
			boolean mentor = portfolio.role() == PortfolioRole.MENTOR;
			return new Supported(portfolio, cards.get(index),
					mentor ? waiting.stream().filter((section) -> section.portfolioId() == id).toList() : List.of(),
					mentor ? unresolved.getOrDefault(id, 0L) : 0L, dates.get(id).nextMeetingOn());
		}).toList();
	}

}
