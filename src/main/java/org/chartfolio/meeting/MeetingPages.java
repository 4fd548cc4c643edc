package org.chartfolio.meeting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.meeting.MeetingService.ActionView;
import org.chartfolio.meeting.MeetingService.ComingUp;
import org.chartfolio.meeting.MeetingService.DeletedMeeting;
import org.chartfolio.meeting.MeetingService.FormPage;
import org.chartfolio.meeting.MeetingService.Log;
import org.chartfolio.meeting.MeetingService.MeetingDates;
import org.chartfolio.meeting.MeetingService.MeetingView;
import org.chartfolio.meeting.MeetingService.OpenAction;
import org.chartfolio.meeting.MeetingService.Outlook;
import org.chartfolio.meeting.MeetingService.Page;
import org.chartfolio.meeting.MeetingService.Prepare;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.review.ReviewService;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the meeting pages and other modules read of the log, each read in one read-only
 * transaction after {@link PortfolioAccess} has said the person may see it, in a fixed
 * number of queries. Changes when a page shows something new.
 */
@Service
@RequiredArgsConstructor
class MeetingPages {

	/**
	 * Earlier meetings first, so that an action is carried from the meeting that agreed
	 * it.
	 */
	private static final Comparator<Meeting> HELD_ORDER = Comparator.comparing(Meeting::getHeldOn)
		.thenComparing(Meeting::getId);

	private final Meetings meetings;

	private final MeetingActions actions;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final ChangesSince changes;

	private final ReviewService review;

	@Transactional(readOnly = true)
	Log log(SignedInUser user, long portfolioId) {
		PortfolioSummary portfolio = this.portfolios.view(user, portfolioId).summary();
		List<Meeting> live = this.meetings.findLive(portfolio.id());
		Long latest = live.isEmpty() ? null : live.get(0).getId();
		List<ActionView> open = this.actions.findOpen(portfolio.id())
			.stream()
			.map((action) -> view(action, latest))
			.toList();
		List<DeletedMeeting> deleted = this.meetings.findDeleted(portfolio.id())
			.stream()
			.map((m) -> new DeletedMeeting(m.getId(), m.getHeldOn(), m.getMode(), m.getDeletedAt()))
			.toList();
		return new Log(portfolio, live.stream().map((m) -> view(m, latest)).toList(), open, deleted);
	}

	@Transactional(readOnly = true)
	Page page(SignedInUser user, long portfolioId, long meetingId) {
		PortfolioSummary portfolio = this.portfolios.view(user, portfolioId).summary();
		Meeting meeting = this.meetings.live(portfolio.id(), meetingId);
		Long latest = latestId(portfolio.id());
		return new Page(portfolio, view(meeting, latest), carriedTo(portfolio.id(), meeting, latest));
	}

	/** For the form of a new meeting (meetingId null) or of an existing one. */
	@Transactional(readOnly = true)
	FormPage form(SignedInUser user, long portfolioId, Long meetingId) {
		PortfolioSummary portfolio = this.portfolios.view(user, portfolioId).summary();
		Long latest = latestId(portfolio.id());
		if (meetingId == null) {
			List<ActionView> open = this.actions.findOpen(portfolio.id()).stream().map((a) -> view(a, latest)).toList();
			return new FormPage(portfolio, open);
		}
		return new FormPage(portfolio,
				carriedTo(portfolio.id(), this.meetings.live(portfolio.id(), meetingId), latest));
	}

	@Transactional(readOnly = true)
	MeetingView meeting(SignedInUser user, long portfolioId, long meetingId) {
		long id = this.access.readable(user, portfolioId).id();
		return view(this.meetings.live(id, meetingId), latestId(id));
	}

	@Transactional(readOnly = true)
	Prepare prepare(SignedInUser user, long portfolioId) {
		PortfolioSummary portfolio = this.portfolios.view(user, portfolioId).summary();
		List<Meeting> live = this.meetings.findLive(portfolio.id());
		Long latest = live.isEmpty() ? null : live.get(0).getId();
		List<ActionView> open = this.actions.findOpen(portfolio.id()).stream().map((a) -> view(a, latest)).toList();
		return new Prepare(portfolio, this.changes.sinceLastMeeting(user, portfolio.id()), open,
				live.isEmpty() ? null : live.get(0).getNextMeetingOn(),
				this.review.unresolvedThreads(user, portfolio.id()));
	}

	@Transactional(readOnly = true)
	ComingUp comingUp(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		List<LocalDate> next = this.meetings.findNextMeetingOn(id, Limit.of(1));
		List<OpenAction> open = this.actions.findOpen(id)
			.stream()
			.map((action) -> new OpenAction(action.getId(), action.getMeeting().getHeldOn(), action.getText()))
			.toList();
		return new ComingUp(next.isEmpty() ? null : next.get(0), open);
	}

	@Transactional(readOnly = true)
	MeetingDates dates(SignedInUser user, long portfolioId) {
		long id = this.access.progressVisible(user, portfolioId).id();
		List<Meeting> live = this.meetings.findLive(id);
		return live.isEmpty() ? new MeetingDates(null, null)
				: new MeetingDates(live.get(0).getHeldOn(), live.get(0).getNextMeetingOn());
	}

	/**
	 * The dates of each portfolio, keyed by its id in the order given, in one query
	 * however many there are; each is checked as {@link #dates(SignedInUser, long)}
	 * checks one.
	 */
	@Transactional(readOnly = true)
	Map<Long, MeetingDates> dates(SignedInUser user, Collection<Long> portfolioIds) {
		Map<Long, MeetingDates> dates = new LinkedHashMap<>();
		this.access.progressVisible(user, portfolioIds)
			.keySet()
			.forEach((portfolioId) -> dates.put(portfolioId, new MeetingDates(null, null)));
		if (dates.isEmpty()) {
			return Map.of();
		}
		// Each portfolio's latest meeting comes first among its own.
		for (Meeting meeting : this.meetings.findLiveIn(dates.keySet())) {
			if (dates.get(meeting.getPortfolioId()).lastMeetingOn() == null) {
				dates.put(meeting.getPortfolioId(), new MeetingDates(meeting.getHeldOn(), meeting.getNextMeetingOn()));
			}
		}
		return Collections.unmodifiableMap(dates);
	}

	@Transactional(readOnly = true)
	Outlook outlook(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		List<Meeting> live = this.meetings.findLive(id);
		int open = (int) live.stream().flatMap((m) -> m.getActions().stream()).filter((a) -> !a.isDone()).count();
		return live.isEmpty() ? new Outlook(null, null, open)
				: new Outlook(live.get(0).getHeldOn(), live.get(0).getNextMeetingOn(), open);
	}

	private List<ActionView> carriedTo(long portfolioId, Meeting meeting, Long latest) {
		return this.actions.findOpen(portfolioId)
			.stream()
			.filter((action) -> HELD_ORDER.compare(action.getMeeting(), meeting) < 0)
			.map((action) -> view(action, latest))
			.toList();
	}

	private Long latestId(long portfolioId) {
		List<Meeting> live = this.meetings.findLive(portfolioId);
		return live.isEmpty() ? null : live.get(0).getId();
	}

	private static MeetingView view(Meeting meeting, Long latest) {
		List<ActionView> actions = meeting.getActions().stream().map((action) -> view(action, latest)).toList();
		return new MeetingView(meeting.getId(), meeting.getHeldOn(), meeting.getMode(), meeting.getNotes(),
				meeting.getNextMeetingOn(), meeting.getRecordedByName(), actions, meeting.getVersion());
	}

	private static ActionView view(MeetingAction action, Long latest) {
		Meeting meeting = action.getMeeting();
		return new ActionView(action.getId(), meeting.getId(), meeting.getHeldOn(), action.getText(), action.isDone(),
				action.getDoneByName(), !action.isDone() && latest != null && !meeting.getId().equals(latest));
	}

}
