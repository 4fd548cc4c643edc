package org.chartfolio.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.dashboard.DashboardService.ComingUp;
import org.chartfolio.dashboard.DashboardService.FirstSteps;
import org.chartfolio.dashboard.DashboardService.Overview;
import org.chartfolio.dashboard.DashboardService.SentBack;
import org.chartfolio.dashboard.DashboardService.Unresolved;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.Standing;
import org.chartfolio.review.ReviewService;
import org.chartfolio.writing.WritingProgress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A portfolio's overview: its sections with their words, recent evidence, the plan, what
 * is coming up for the candidate and the mentor, and the candidate's first steps, read in
 * one read-only transaction in a fixed number of queries however much the portfolio
 * holds. Changes when the overview shows something new.
 */
@Service
@RequiredArgsConstructor
class OverviewPage {

	private final PortfolioService portfolios;

	private final WritingProgress progress;

	private final EvidenceReading evidence;

	private final PlanService plan;

	private final MeetingService meetings;

	private final ReviewService review;

	private final FirstStepsGuide firstSteps;

	private final Clock clock;

	@Transactional(readOnly = true)
	Overview overview(SignedInUser user, long portfolioId, Standing standing) {
		PortfolioView portfolio = this.portfolios.view(user, portfolioId);
		WritingProgress.Figures words = this.progress.figures(user, portfolioId);
		long evidenceCount = this.evidence.countLive(user, portfolioId);
		List<PlanService.OpenGoal> openGoals = this.plan.openGoals(user, portfolioId, DashboardService.OPEN_GOALS);
		int statementWords = PortfolioCards.statementWords(portfolio, words);
		FirstSteps steps = standing.writable() ? this.firstSteps.of(user, portfolio, words, evidenceCount) : null;
		return new Overview(portfolio, words, statementWords, evidenceCount,
				this.evidence.recent(user, portfolioId, DashboardService.RECENT_EVIDENCE), openGoals,
				this.plan.figures(user, portfolioId).counts(), comingUp(user, portfolio, openGoals), steps);
	}

	private ComingUp comingUp(SignedInUser user, PortfolioView portfolio, List<PlanService.OpenGoal> openGoals) {
		LocalDate today = LocalDate.now(this.clock);
		MeetingService.ComingUp meeting = this.meetings.comingUp(user, portfolio.id());
		List<SentBack> sentBack = new ArrayList<>();
		List<Unresolved> unresolved = new ArrayList<>();
		List<ReviewService.SectionThreads> threads = this.review.unresolvedThreads(user, portfolio.id());
		for (SectionView section : portfolio.sections()) {
			ReviewService.SectionThreads open = threads.stream()
				.filter((t) -> t.section().id() == section.id())
				.findFirst()
				.orElse(null);
			if (section.status() == SectionStatus.CHANGES_REQUESTED) {
				ReviewService.ThreadView request = (open != null) ? open.threads()
					.stream()
					.filter(ReviewService.ThreadView::changesRequest)
					.reduce((first, second) -> second)
					.orElse(null) : null;
				boolean hasComment = request != null && !request.comments().isEmpty();
				sentBack.add(new SentBack(section, hasComment ? request.comments().get(0).authorName() : null,
						hasComment ? request.comments().get(0).body() : null));
			}
			if (open != null) {
				unresolved.add(new Unresolved(section, open.threads().size()));
			}
		}
		LocalDate soon = today.plusDays(DashboardService.GOALS_DUE_WITHIN_DAYS);
		List<PlanService.OpenGoal> due = openGoals.stream()
			.filter((goal) -> goal.targetDate() != null && !goal.targetDate().isAfter(soon))
			.toList();
		LocalDate next = meeting.nextMeetingOn();
		long days = (next != null) ? ChronoUnit.DAYS.between(today, next) : 0;
		return new ComingUp(next, days, meeting.openActions(), List.copyOf(sentBack), List.copyOf(unresolved), due);
	}

}
