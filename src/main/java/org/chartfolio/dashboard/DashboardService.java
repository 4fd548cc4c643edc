package org.chartfolio.dashboard;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.BinnedEvidence;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.plan.PlanProgress;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.portfolio.SharedPortfolio;
import org.chartfolio.portfolio.Standing;
import org.chartfolio.writing.WritingProgress;
import org.chartfolio.writing.WritingService;

import org.springframework.stereotype.Service;

/**
 * What the home page, a portfolio's overview and its bin show, as records the templates
 * read. Each page is read in one read-only transaction, so the access check each module
 * makes finds the portfolio already loaded and a page needs the same number of queries
 * however much the portfolio holds.
 * <p>
 * The work is done by package-private classes, one per reason to change:
 * {@link PortfolioCards} (the card of figures and the candidate's home page),
 * {@link SupportedPortfolios} (the supporters' part of the home page),
 * {@link OverviewPage} (the overview and its coming-up panel), {@link FirstStepsGuide}
 * (the candidate's first steps) and {@link BinPage} (the bin).
 */
@Service
@RequiredArgsConstructor
class DashboardService {

	static final int RECENT_EVIDENCE = 5;

	static final int OPEN_GOALS = 5;

	/**
	 * A goal whose target date falls within this many days is "due soon" in the coming-up
	 * panel.
	 */
	static final int GOALS_DUE_WITHIN_DAYS = 30;

	private final PortfolioCards cards;

	private final SupportedPortfolios supported;

	private final OverviewPage overview;

	private final FirstStepsGuide firstSteps;

	private final BinPage bin;

	/** A portfolio on the home page, with its progress. */
	record Card(PortfolioSummary summary, int sectionsStarted, int writtenSections, int statementWords,
			long evidenceCount, PlanProgress goals) {

		public boolean overLimit() {
			return this.statementWords > this.summary.statementWordLimit();
		}

	}

	/**
	 * A section the mentor sent back, with the summary they wrote (null if that thread is
	 * resolved).
	 */
	record SentBack(SectionView section, String byName, String summary) {
	}

	/** A section with comment threads nobody has resolved yet. */
	record Unresolved(SectionView section, int threads) {
	}

	/**
	 * What waits for the candidate and the mentor: the next meeting (null when none is
	 * agreed) and how many days away it is, the meetings' open actions, sections sent
	 * back, unresolved comments and goals due within {@link #GOALS_DUE_WITHIN_DAYS} days
	 * or overdue.
	 */
	record ComingUp(LocalDate nextMeetingOn, long daysToMeeting, List<MeetingService.OpenAction> openActions,
			List<SentBack> sentBack, List<Unresolved> unresolved, List<PlanService.OpenGoal> goalsDue) {

		public boolean meetingAhead() {
			return this.nextMeetingOn != null && this.daysToMeeting >= 0;
		}

		public boolean meetingPassed() {
			return this.nextMeetingOn != null && this.daysToMeeting < 0;
		}

		public int unresolvedThreads() {
			return this.unresolved.stream().mapToInt(Unresolved::threads).sum();
		}

		public boolean isEmpty() {
			return this.nextMeetingOn == null && this.openActions.isEmpty() && this.sentBack.isEmpty()
					&& this.unresolved.isEmpty() && this.goalsDue.isEmpty();
		}

	}

	/**
	 * One of the first steps: its name (a message key suffix), whether it is done, and
	 * where it is done.
	 */
	record Step(String name, boolean done, String path) {
	}

	/**
	 * The candidate's first steps, while any is left and the candidate has not hidden
	 * them.
	 */
	record FirstSteps(List<Step> steps) {

		public long done() {
			return this.steps.stream().filter(Step::done).count();
		}

	}

	/**
	 * A portfolio's overview: its sections with their words, recent evidence and the
	 * plan.
	 */
	record Overview(PortfolioView portfolio, WritingProgress.Figures words, int statementWords, long evidenceCount,
			List<EvidenceSummary> recentEvidence, List<PlanService.OpenGoal> openGoals, PlanProgress plan,
			ComingUp comingUp, FirstSteps firstSteps) {

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
	 * A portfolio the person supports, with the same card of figures as the candidate's
	 * and what waits for them: for a mentor, the sections waiting for their review and
	 * the unresolved comments (a line manager sees neither, so both are 0 for them); for
	 * both, the next meeting. The mentor's links lead to the overview, the line manager's
	 * to the progress page.
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

	List<Supported> supported(SignedInUser user) {
		return this.supported.supported(user);
	}

	List<Card> home(SignedInUser user) {
		return this.cards.home(user);
	}

	/**
	 * The overview, with what is coming up for the candidate and the mentor, and the
	 * first steps for the candidate; a fixed number of queries however much the portfolio
	 * holds.
	 */
	Overview overview(SignedInUser user, long portfolioId, Standing standing) {
		return this.overview.overview(user, portfolioId, standing);
	}

	/**
	 * Hides the first steps of the candidate's portfolio; hiding them again changes
	 * nothing.
	 */
	void dismissFirstSteps(SignedInUser user, long portfolioId) {
		this.firstSteps.dismiss(user, portfolioId);
	}

	Bin bin(SignedInUser user, long portfolioId) {
		return this.bin.bin(user, portfolioId);
	}

}
