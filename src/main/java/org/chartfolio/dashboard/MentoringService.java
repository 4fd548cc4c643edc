package org.chartfolio.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.meeting.ChangesSince;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.portfolio.SharedPortfolio;
import org.chartfolio.review.ReviewService;
import org.chartfolio.writing.WritingProgress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentor's page: the sections waiting for their review, and every portfolio the
 * person mentors with what changed since their last meeting, the next meeting, the
 * actions and comments still open. Each mentee costs the same number of queries however
 * much their portfolio holds.
 */
@Service
@RequiredArgsConstructor
class MentoringService {

	private final PortfolioService portfolios;

	private final ChangesSince changes;

	private final MeetingService meetings;

	private final WritingProgress writing;

	private final EvidenceReading evidence;

	private final PlanService plan;

	private final ReviewService review;

	private final Clock clock;

	/** How many things of each kind changed since the last meeting. */
	record ChangeCounts(int sections, int evidence, int goals) {

		public int total() {
			return this.sections + this.evidence + this.goals;
		}

	}

	/**
	 * One mentee's row, with how many of their sections wait for review and how many
	 * threads are open.
	 */
	record Mentee(SharedPortfolio shared, LocalDate lastActiveOn, ChangeCounts changed, LocalDate lastMeetingOn,
			LocalDate nextMeetingOn, int openActions, long waitingForReview, long unresolvedComments) {

		public long portfolioId() {
			return this.shared.summary().id();
		}

	}

	/**
	 * The mentor's page: the sections waiting for their review, the longest waiting
	 * first, and each mentee.
	 */
	record Mentoring(List<SectionWorkflow.WaitingSection> waiting, List<Mentee> mentees) {
	}

	@Transactional(readOnly = true)
	Mentoring mentoring(SignedInUser mentor) {
		List<SectionWorkflow.WaitingSection> waiting = this.review.waitingForReview(mentor);
		Map<Long, Long> unresolved = this.review.unresolvedByPortfolio(mentor);
		List<Mentee> mentees = this.portfolios.sharedWith(mentor)
			.stream()
			.filter((shared) -> shared.role() == PortfolioRole.MENTOR)
			.map((shared) -> mentee(mentor, shared, waiting, unresolved))
			.toList();
		return new Mentoring(waiting, mentees);
	}

	private Mentee mentee(SignedInUser mentor, SharedPortfolio shared, List<SectionWorkflow.WaitingSection> waiting,
			Map<Long, Long> unresolved) {
		long id = shared.summary().id();
		ChangesSince.Changes changed = this.changes.sinceLastMeeting(mentor, id);
		MeetingService.Outlook outlook = this.meetings.outlook(mentor, id);
		// The same numbers-only reads as the progress page's "last activity", so the two
		// never disagree.
		Instant lastActivity = Stream
			.of(this.writing.figures(mentor, id).lastChanged(), this.evidence.progress(mentor, id).lastChanged(),
					this.plan.figures(mentor, id).lastChanged())
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
		return new Mentee(shared,
				(lastActivity != null) ? LocalDate.ofInstant(lastActivity, this.clock.getZone()) : null,
				new ChangeCounts(changed.sections().size(), changed.evidence().size(), changed.goals().size()),
				outlook.lastMeetingOn(), outlook.nextMeetingOn(), outlook.openActions(),
				waiting.stream().filter((section) -> section.portfolioId() == id).count(),
				unresolved.getOrDefault(id, 0L));
	}

}
