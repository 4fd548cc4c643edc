package org.chartfolio.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.meeting.MeetingService.Edit;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the meeting log, each in its own transaction, for whoever
 * {@link PortfolioAccess#changeable} lets keep it: the candidate and their mentor, never
 * in a submitted copy. Changes when the rules of keeping the log change.
 */
@Service
@RequiredArgsConstructor
class MeetingCommands {

	private final Meetings meetings;

	private final MeetingActions actions;

	private final PortfolioAccess access;

	private final Clock clock;

	@Transactional
	long record(SignedInUser user, long portfolioId, Edit edit) {
		long id = this.access.changeable(user, portfolioId).id();
		Meeting meeting = Meeting.record(id, edit, user.getDisplayName(), LocalDate.now(this.clock),
				this.clock.instant());
		long meetingId = this.meetings.save(meeting).getId();
		tickCarried(user, id, meetingId, edit.carriedDone());
		return meetingId;
	}

	@Transactional
	void update(SignedInUser user, long portfolioId, long meetingId, Edit edit) {
		long id = this.access.changeable(user, portfolioId).id();
		Meeting meeting = this.meetings.live(id, meetingId);
		meeting.requireVersion(edit.version());
		meeting.edit(edit, user.getDisplayName(), LocalDate.now(this.clock), this.clock.instant());
		tickCarried(user, id, meetingId, edit.carriedDone());
		this.meetings.save(meeting);
	}

	/** Ticks an action off (or back on) from any page that shows it. */
	@Transactional
	void mark(SignedInUser user, long portfolioId, long actionId, boolean done) {
		long id = this.access.changeable(user, portfolioId).id();
		MeetingAction action = this.actions.findInPortfolio(id, actionId)
			.filter((found) -> !found.getMeeting().isInBin())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		action.getMeeting().mark(actionId, done, user.getDisplayName(), this.clock.instant());
	}

	@Transactional
	void delete(SignedInUser user, long portfolioId, long meetingId) {
		long id = this.access.changeable(user, portfolioId).id();
		this.meetings.live(id, meetingId).delete(this.clock.instant());
	}

	@Transactional
	void restore(SignedInUser user, long portfolioId, long meetingId) {
		long id = this.access.changeable(user, portfolioId).id();
		this.meetings.findInPortfolio(id, meetingId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId))
			.restore(this.clock.instant());
	}

	private void tickCarried(SignedInUser user, long portfolioId, long meetingId, Set<Long> carriedDone) {
		if (carriedDone == null || carriedDone.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		for (MeetingAction action : this.actions.findOpen(portfolioId)) {
			if (carriedDone.contains(action.getId()) && action.getMeeting().getId() != meetingId) {
				action.getMeeting().mark(action.getId(), true, user.getDisplayName(), now);
			}
		}
	}

}
