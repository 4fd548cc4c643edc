package org.chartfolio.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chartfolio.access.MentorSearch;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.directory.DirectoryService;
import org.chartfolio.evidence.BinnedEvidence;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.plan.PlanProgress;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.portfolio.SharedPortfolio;
import org.chartfolio.portfolio.Standing;
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

	/** A goal whose target date falls within this many days is "due soon" in the coming-up panel. */
	static final int GOALS_DUE_WITHIN_DAYS = 30;

	private final PortfolioService portfolios;

	private final WritingService writing;

	private final EvidenceService evidence;

	private final PlanService plan;

	private final WritingProgress progress;

	private final MeetingService meetings;

	private final ReviewService review;

	private final MentorSearch mentorSearch;

	private final DirectoryService directory;

	private final PksbService pksb;

	private final FirstStepsDismissals dismissals;

	private final PortfolioAccess access;

	private final Clock clock;

	DashboardService(PortfolioService portfolios, WritingService writing, EvidenceService evidence, PlanService plan,
			WritingProgress progress, MeetingService meetings, ReviewService review, MentorSearch mentorSearch,
			DirectoryService directory, PksbService pksb, FirstStepsDismissals dismissals, PortfolioAccess access,
			Clock clock) {
		this.portfolios = portfolios;
		this.writing = writing;
		this.evidence = evidence;
		this.plan = plan;
		this.progress = progress;
		this.meetings = meetings;
		this.review = review;
		this.mentorSearch = mentorSearch;
		this.directory = directory;
		this.pksb = pksb;
		this.dismissals = dismissals;
		this.access = access;
		this.clock = clock;
	}

	/** A portfolio on the home page, with its progress. */
	record Card(PortfolioSummary summary, int sectionsStarted, int writtenSections, int statementWords,
			long evidenceCount, PlanProgress goals) {

		public boolean overLimit() {
			return this.statementWords > this.summary.statementWordLimit();
		}

	}

	/** A section the mentor sent back, with the summary they wrote (null if that thread is resolved). */
	record SentBack(SectionView section, String byName, String summary) {
	}

	/** A section with comment threads nobody has resolved yet. */
	record Unresolved(SectionView section, int threads) {
	}

	/**
	 * What waits for the candidate and the mentor: the next meeting (null when none is agreed) and how
	 * many days away it is, the meetings' open actions, sections sent back, unresolved comments and
	 * goals due within {@link #GOALS_DUE_WITHIN_DAYS} days or overdue.
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

	/** One of the first steps: its name (a message key suffix), whether it is done, and where it is done. */
	record Step(String name, boolean done, String path) {
	}

	/** The candidate's first steps, while any is left and the candidate has not hidden them. */
	record FirstSteps(List<Step> steps) {

		public long done() {
			return this.steps.stream().filter(Step::done).count();
		}

	}

	/** A portfolio's overview: its sections with their words, recent evidence and the plan. */
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

	/**
	 * The overview, with what is coming up for the candidate and the mentor, and the first steps for
	 * the candidate; a fixed number of queries however much the portfolio holds.
	 */
	@Transactional(readOnly = true)
	Overview overview(SignedInUser user, long portfolioId, Standing standing) {
		PortfolioView portfolio = this.portfolios.view(user, portfolioId);
		WritingProgress.Figures words = this.progress.figures(user, portfolioId);
		long evidenceCount = this.evidence.countLive(user, portfolioId);
		List<PlanService.OpenGoal> openGoals = this.plan.openGoals(user, portfolioId, OPEN_GOALS);
		int statementWords = statementWords(portfolio, words);
		FirstSteps firstSteps = standing.writable() ? firstSteps(user, portfolio, words, evidenceCount) : null;
		return new Overview(portfolio, words, statementWords, evidenceCount,
				this.evidence.recent(user, portfolioId, RECENT_EVIDENCE), openGoals,
				this.plan.figures(user, portfolioId).counts(), comingUp(user, portfolio, openGoals), firstSteps);
	}

	/** Hides the first steps of the candidate's portfolio; hiding them again changes nothing. */
	@Transactional
	void dismissFirstSteps(SignedInUser user, long portfolioId) {
		long id = this.access.writable(user, portfolioId).id();
		if (!this.dismissals.existsById(id)) {
			this.dismissals.save(new FirstStepsDismissal(id, this.clock.instant()));
		}
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
		LocalDate soon = today.plusDays(GOALS_DUE_WITHIN_DAYS);
		List<PlanService.OpenGoal> due = openGoals.stream()
			.filter((goal) -> goal.targetDate() != null && !goal.targetDate().isAfter(soon))
			.toList();
		LocalDate next = meeting.nextMeetingOn();
		long days = (next != null) ? ChronoUnit.DAYS.between(today, next) : 0;
		return new ComingUp(next, days, meeting.openActions(), List.copyOf(sentBack), List.copyOf(unresolved), due);
	}

	private FirstSteps firstSteps(SignedInUser user, PortfolioView portfolio, WritingProgress.Figures words,
			long evidenceCount) {
		long id = portfolio.id();
		if (this.dismissals.existsById(id)) {
			return null;
		}
		SectionView firstStatement = portfolio.sections()
			.stream()
			.filter(SectionView::isStatement)
			.findFirst()
			.orElse(portfolio.sections().stream().filter((s) -> s.kind().isWritten()).findFirst().orElse(null));
		boolean written = portfolio.sections()
			.stream()
			.filter((section) -> section.kind().isWritten())
			.anyMatch((section) -> words.wordsOf(section.id()) > 0);
		String base = "/portfolios/" + id;
		List<Step> steps = List.of(new Step("evidence", evidenceCount > 0, base + "/evidence/new"),
				new Step("mentor", this.mentorSearch.foundOrInvited(user, id)
						|| this.directory.mentorRequested(user, id), base + "/people"),
				new Step("pksb", this.pksb.rated(user, id), base + "/pksb"),
				new Step("target", portfolio.summary().targetDate() != null, base + "/details/edit"),
				new Step("write", written,
						(firstStatement != null) ? base + "/sections/" + firstStatement.id() + "/edit" : base));
		boolean allDone = steps.stream().allMatch(Step::done);
		return allDone ? null : new FirstSteps(steps);
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
