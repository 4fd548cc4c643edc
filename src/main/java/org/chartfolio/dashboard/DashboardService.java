package org.chartfolio.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.BinnedEvidence;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.plan.PlanProgress;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.portfolio.SharedPortfolio;
import org.chartfolio.review.ReviewService;
import org.chartfolio.writing.WritingProgress;
import org.chartfolio.writing.WritingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what the home page and a portfolio's overview show. Each page is read in one read-only
 * transaction, so the access check each module makes finds the portfolio already loaded and a page
 * needs the same number of queries however much the portfolio holds.
 */
@Service
class DashboardService {

	static final int RECENT_EVIDENCE = 5;

	static final int OPEN_GOALS = 5;

	private final PortfolioService portfolios;

	private final WritingService writing;

	private final EvidenceService evidence;

	private final PlanService plan;

	private final WritingProgress progress;

	private final ReviewService review;

	private final MeetingService meetings;

	DashboardService(PortfolioService portfolios, WritingService writing, EvidenceService evidence, PlanService plan,
			WritingProgress progress, ReviewService review, MeetingService meetings) {
		this.review = review;
		this.meetings = meetings;
		this.portfolios = portfolios;
		this.writing = writing;
		this.evidence = evidence;
		this.plan = plan;
		this.progress = progress;
	}

	/** A portfolio on the home page, with its progress. */
	record Card(PortfolioSummary summary, int sectionsStarted, int writtenSections, int statementWords,
			long evidenceCount, PlanProgress goals) {

		public boolean overLimit() {
			return this.statementWords > this.summary.statementWordLimit();
		}

	}

	/** A portfolio's overview: its sections with their words, recent evidence and the plan. */
	record Overview(PortfolioView portfolio, WritingProgress.Figures words, int statementWords, long evidenceCount,
			List<EvidenceSummary> recentEvidence, List<PlanService.OpenGoal> openGoals, PlanProgress plan) {

		public int wordsOf(SectionView section) {
			return this.words.wordsOf(section.id());
		}

		/** Open goals beyond those listed. */
		public int moreOpenGoals() {
			return Math.max(0, this.plan.total() - this.plan.done() - this.openGoals.size());
		}

		public boolean overLimit() {
			return this.statementWords > this.portfolio.summary().statementWordLimit();
		}

	}

	/** What a portfolio's bin holds. */
	record Bin(PortfolioSummary portfolio, List<WritingService.ClearedText> texts, List<BinnedEvidence> evidence,
			List<PlanService.BinnedGoal> goals) {

		public boolean isEmpty() {
			return this.texts.isEmpty() && this.evidence.isEmpty() && this.goals.isEmpty();
		}

	}

	/**
	 * A portfolio the person supports, with the same card of figures as the candidate's and what waits
	 * for them: for a mentor, the sections waiting for their review and the unresolved comments (a line
	 * manager sees neither, so both are 0 for them); for both, the next meeting. The mentor's links lead
	 * to the overview, the line manager's to the progress page.
	 */
	record Supported(SharedPortfolio shared, Card card, List<SectionWorkflow.WaitingSection> waiting,
			long unresolvedComments, LocalDate nextMeetingOn) {

		public boolean readable() {
			return this.shared.role() == PortfolioRole.MENTOR;
		}

		public int waitingForReview() {
			return this.waiting.size();
		}

	}

	@Transactional(readOnly = true)
	List<Supported> supported(SignedInUser user) {
		List<SharedPortfolio> shared = this.portfolios.sharedWith(user);
		if (shared.isEmpty()) {
			return List.of();
		}
		boolean mentors = shared.stream().anyMatch((portfolio) -> portfolio.role() == PortfolioRole.MENTOR);
		List<SectionWorkflow.WaitingSection> waiting = mentors ? this.review.waitingForReview(user) : List.of();
		Map<Long, Long> unresolved = mentors ? this.review.unresolvedByPortfolio(user) : Map.of();
		return shared.stream().map((portfolio) -> {
			long id = portfolio.summary().id();
			boolean mentor = portfolio.role() == PortfolioRole.MENTOR;
			return new Supported(portfolio, card(user, portfolio.summary()),
					mentor ? waiting.stream().filter((section) -> section.portfolioId() == id).toList() : List.of(),
					mentor ? unresolved.getOrDefault(id, 0L) : 0L, this.meetings.dates(user, id).nextMeetingOn());
		}).toList();
	}

	@Transactional(readOnly = true)
	List<Card> home(SignedInUser user) {
		return this.portfolios.portfoliosOf(user).stream().map((summary) -> card(user, summary)).toList();
	}

	@Transactional(readOnly = true)
	Overview overview(SignedInUser user, long portfolioId) {
		PortfolioView portfolio = this.portfolios.view(user, portfolioId);
		WritingProgress.Figures words = this.progress.figures(user, portfolioId);
		return new Overview(portfolio, words, statementWords(portfolio, words), this.evidence.countLive(user, portfolioId),
				this.evidence.recent(user, portfolioId, RECENT_EVIDENCE), this.plan.openGoals(user, portfolioId, OPEN_GOALS),
				this.plan.figures(user, portfolioId).counts());
	}

	@Transactional(readOnly = true)
	Bin bin(SignedInUser user, long portfolioId) {
		PortfolioSummary portfolio = this.portfolios.view(user, portfolioId).summary();
		return new Bin(portfolio, this.writing.cleared(user, portfolioId), this.evidence.binned(user, portfolioId),
				this.plan.binned(user, portfolioId));
	}

	/** Built from the progress-level reads, so that it is the same for candidate, mentor and line manager. */
	private Card card(SignedInUser user, PortfolioSummary summary) {
		PortfolioView portfolio = this.portfolios.progressView(user, summary.id());
		WritingProgress.Figures words = this.progress.figures(user, summary.id());
		List<SectionView> written = portfolio.sections().stream().filter((section) -> section.kind().isWritten()).toList();
		int started = (int) written.stream().filter((section) -> words.wordsOf(section.id()) > 0).count();
		return new Card(summary, started, written.size(), statementWords(portfolio, words),
				this.evidence.progress(user, summary.id()).count(), this.plan.figures(user, summary.id()).counts());
	}

	private static int statementWords(PortfolioView portfolio, WritingProgress.Figures words) {
		return portfolio.sections()
			.stream()
			.filter(SectionView::isStatement)
			.mapToInt((section) -> words.wordsOf(section.id()))
			.sum();
	}

}
