package org.chartfolio.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.cpd.CpdProgress;
import org.chartfolio.cpd.CpdService;
import org.chartfolio.evidence.EvidenceProgress;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.plan.PlanFigures;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionSharing;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.review.ReviewService;
import org.chartfolio.writing.WritingProgress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A portfolio's progress, for its candidate, mentor and line manager: statuses, counts
 * and dates only. Every figure comes from the owning module's progress-level read, which
 * lets the line manager in and gives back numbers, never text; the one exception is a
 * section the candidate shares.
 */
@Service
@RequiredArgsConstructor
class ProgressService {

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final WritingProgress writing;

	private final EvidenceReading evidence;

	private final PlanService plan;

	private final CpdService cpd;

	private final SectionSharing sharing;

	private final SectionWorkflow workflow;

	private final MeetingService meetings;

	private final ReviewService review;

	private final Clock clock;

	/**
	 * One section's row: its words (written sections only) and whether the line manager
	 * may read it.
	 */
	record SectionRow(SectionView section, Integer words, boolean shared) {

		public boolean written() {
			return this.section.kind().isWritten();
		}

	}

	/**
	 * Everything the progress page shows. {@code lastActivity} is the later of the
	 * candidate's and the mentor's, each null when they never did anything; the meeting
	 * dates are null when none is logged or agreed.
	 */
	record Progress(PortfolioSummary summary, PortfolioRole role, List<SectionRow> sections, int statementWords,
			long evidenceCount, PlanFigures goals, Optional<CpdProgress> cpd, LocalDateTime candidateActivity,
			LocalDateTime mentorActivity, boolean lineManager, List<PlanService.GoalGlance> goalList,
			LocalDate lastMeetingOn, LocalDate nextMeetingOn) {

		public LocalDateTime lastActivity() {
			if (this.candidateActivity == null || this.mentorActivity == null) {
				return (this.candidateActivity != null) ? this.candidateActivity : this.mentorActivity;
			}
			return this.candidateActivity.isAfter(this.mentorActivity) ? this.candidateActivity : this.mentorActivity;
		}

		public boolean overLimit() {
			return this.statementWords > this.summary.statementWordLimit();
		}

		public int sectionsStarted() {
			return (int) this.sections.stream().filter((row) -> row.words() != null && row.words() > 0).count();
		}

		public int writtenSections() {
			return (int) this.sections.stream().filter(SectionRow::written).count();
		}

		public boolean candidate() {
			return this.role == PortfolioRole.OWNER;
		}

		public boolean lineManagerViewing() {
			return this.role == PortfolioRole.LINE_MANAGER;
		}

	}

	/**
	 * A shared section as its page shows it: its text and where it stands in review.
	 */
	record SharedSection(PortfolioSummary summary, PortfolioRole role, WritingProgress.SharedText text,
			SectionWorkflow.ReviewStatus reviewStatus) {
	}

	@Transactional(readOnly = true)
	Progress progress(SignedInUser user, long portfolioId) {
		PortfolioRole role = this.access.roleOf(user, portfolioId);
		PortfolioView portfolio = this.portfolios.progressView(user, portfolioId);
		WritingProgress.Figures words = this.writing.figures(user, portfolioId);
		EvidenceProgress items = this.evidence.progress(user, portfolioId);
		PlanFigures goals = this.plan.figures(user, portfolioId);
		SectionSharing.Shared shared = this.sharing.shared(user, portfolioId);
		List<SectionRow> rows = portfolio.sections()
			.stream()
			.map((section) -> new SectionRow(section, section.kind().isWritten() ? words.wordsOf(section.id()) : null,
					shared.contains(section.id())))
			.toList();
		int statementWords = portfolio.sections()
			.stream()
			.filter(SectionView::isStatement)
			.mapToInt((section) -> words.wordsOf(section.id()))
			.sum();
		ReviewService.ReviewActivity reviewed = this.review.activity(user, portfolioId);
		// The candidate writes, adds evidence and goals, and comments; the mentor
		// comments (a request for
		// changes is a comment too). Times only: the line manager learns that something
		// happened, not what.
		Instant candidate = Stream
			.of(words.lastChanged(), items.lastChanged(), goals.lastChanged(), reviewed.lastByCandidate())
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
		MeetingService.MeetingDates meetingDates = this.meetings.dates(user, portfolioId);
		return new Progress(portfolio.summary(), role, rows, statementWords, items.count(), goals,
				this.cpd.progress(user, portfolioId), local(candidate), local(reviewed.lastByMentor()),
				shared.lineManager(), this.plan.glance(user, portfolioId), meetingDates.lastMeetingOn(),
				meetingDates.nextMeetingOn());
	}

	@Transactional(readOnly = true)
	SharedSection sharedSection(SignedInUser user, long portfolioId, long sectionId) {
		WritingProgress.SharedText text = this.writing.sharedText(user, portfolioId, sectionId);
		PortfolioSummary summary = this.portfolios.progressView(user, portfolioId).summary();
		PortfolioRole role = this.access.roleOf(user, portfolioId);
		return new SharedSection(summary, role, text, this.workflow.status(user, portfolioId, sectionId));
	}

	@Transactional
	void share(SignedInUser owner, long portfolioId, long sectionId, boolean shared) {
		this.sharing.setShared(owner, portfolioId, sectionId, shared);
	}

	private LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, this.clock.getZone()) : null;
	}

}
