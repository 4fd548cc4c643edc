package org.chartfolio.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SharedPortfolio;
import org.chartfolio.writing.WritingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentor's page: every portfolio the person mentors, with what changed since their last
 * meeting, the next meeting and the actions still open. Each mentee costs the same number of
 * queries however much their portfolio holds.
 */
@Service
class MentoringService {

	private final PortfolioService portfolios;

	private final ChangesSince changes;

	private final MeetingService meetings;

	private final WritingService writing;

	private final EvidenceService evidence;

	private final PlanService plan;

	private final Clock clock;

	MentoringService(PortfolioService portfolios, ChangesSince changes, MeetingService meetings,
			WritingService writing, EvidenceService evidence, PlanService plan, Clock clock) {
		this.clock = clock;
		this.portfolios = portfolios;
		this.changes = changes;
		this.meetings = meetings;
		this.writing = writing;
		this.evidence = evidence;
		this.plan = plan;
	}

	/** How many things of each kind changed since the last meeting. */
	record ChangeCounts(int sections, int evidence, int goals) {

		public int total() {
			return this.sections + this.evidence + this.goals;
		}

	}

	/**
	 * One mentee's row. Sections waiting for review and unresolved comments belong to the review
	 * module; they join this row as further fields once it offers them.
	 */
	record Mentee(SharedPortfolio shared, LocalDate lastActiveOn, ChangeCounts changed, LocalDate lastMeetingOn,
			LocalDate nextMeetingOn, int openActions) {

		public long portfolioId() {
			return this.shared.summary().id();
		}

	}

	@Transactional(readOnly = true)
	List<Mentee> mentees(SignedInUser mentor) {
		return this.portfolios.sharedWith(mentor)
			.stream()
			.filter((shared) -> shared.role() == PortfolioRole.MENTOR)
			.map((shared) -> mentee(mentor, shared))
			.toList();
	}

	private Mentee mentee(SignedInUser mentor, SharedPortfolio shared) {
		long id = shared.summary().id();
		ChangesSince.Changes changed = this.changes.sinceLastMeeting(mentor, id);
		MeetingService.Outlook outlook = this.meetings.outlook(mentor, id);
		Instant lastActivity = Stream
			.of(this.writing.lastChange(mentor, id), this.evidence.lastChange(mentor, id), this.plan.lastChange(mentor, id))
			.flatMap(Optional::stream)
			.filter(Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(null);
		return new Mentee(shared, (lastActivity != null) ? LocalDate.ofInstant(lastActivity, this.clock.getZone()) : null,
				new ChangeCounts(changed.sections().size(), changed.evidence().size(), changed.goals().size()),
				outlook.lastMeetingOn(), outlook.nextMeetingOn(), outlook.openActions());
	}

}
