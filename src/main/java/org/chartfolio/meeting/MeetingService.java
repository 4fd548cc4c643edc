package org.chartfolio.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.review.ReviewService;
import org.chartfolio.system.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting log. The permission table lets the candidate and their active mentor both keep it,
 * so every call asks {@link PortfolioAccess#readable}: a line manager, a former mentor and anybody
 * else get not found. Every page is read in a fixed number of queries.
 */
@Service
public class MeetingService {

	/** Earlier meetings first, so that an action is carried from the meeting that agreed it. */
	private static final Comparator<Meeting> HELD_ORDER = Comparator.comparing(Meeting::getHeldOn)
		.thenComparing(Meeting::getId);

	private final Meetings meetings;

	private final MeetingActions actions;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final ChangesSince changes;

	private final ReviewService review;

	private final Clock clock;

	MeetingService(Meetings meetings, MeetingActions actions, PortfolioAccess access, PortfolioService portfolios,
			ChangesSince changes, Clock clock, ReviewService review) {
		this.review = review;
		this.meetings = meetings;
		this.actions = actions;
		this.access = access;
		this.portfolios = portfolios;
		this.changes = changes;
		this.clock = clock;
	}

	/** An action as pages show it; {@code carriedOver} when it is open and a later meeting has been held. */
	record ActionView(long id, long meetingId, LocalDate agreedOn, String text, boolean done, String doneByName,
			boolean carriedOver) {
	}

	record MeetingView(long id, LocalDate heldOn, MeetingMode mode, String notes, LocalDate nextMeetingOn,
			String recordedByName, List<ActionView> actions, long version) {

		public long openActions() {
			return this.actions.stream().filter((action) -> !action.done()).count();
		}

	}

	record DeletedMeeting(long id, LocalDate heldOn, MeetingMode mode, Instant deletedAt) {
	}

	/** The log page: meetings latest first, every action still open, and the deleted meetings. */
	record Log(PortfolioSummary portfolio, List<MeetingView> meetings, List<ActionView> openActions,
			List<DeletedMeeting> deleted) {

		public LocalDate nextMeetingOn() {
			return this.meetings.isEmpty() ? null : this.meetings.get(0).nextMeetingOn();
		}

	}

	/** A meeting's page, with the open actions carried to it from earlier meetings. */
	record Page(PortfolioSummary portfolio, MeetingView meeting, List<ActionView> carried) {
	}

	/** What the meeting form shows besides its fields: the open actions from earlier meetings. */
	record FormPage(PortfolioSummary portfolio, List<ActionView> carried) {
	}

	/** The page that prepares the next meeting. */
	record Prepare(PortfolioSummary portfolio, ChangesSince.Changes changes, List<ActionView> openActions,
			LocalDate nextMeetingOn, List<ReviewService.SectionThreads> openThreads) {
	}

	/** An action agreed at a meeting and still open, as another module shows it. */
	public record OpenAction(long id, LocalDate agreedOn, String text) {
	}

	/**
	 * What is coming up in the meetings: the next meeting agreed at the latest one (null if none)
	 * and the actions still open, oldest first, in two queries.
	 */
	public record ComingUp(LocalDate nextMeetingOn, List<OpenAction> openActions) {
	}

	/**
	 * A meeting as its form sends it. {@code carriedDone} holds the open actions of earlier meetings
	 * ticked off on this form; {@code version} is null for a new meeting.
	 */
	record Edit(Meeting.Details details, List<Meeting.ActionLine> actions, Set<Long> carriedDone, Long version) {
	}

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
		Meeting meeting = live(portfolio.id(), meetingId);
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
		return new FormPage(portfolio, carriedTo(portfolio.id(), live(portfolio.id(), meetingId), latest));
	}

	@Transactional(readOnly = true)
	MeetingView meeting(SignedInUser user, long portfolioId, long meetingId) {
		long id = this.access.readable(user, portfolioId).id();
		return view(live(id, meetingId), latestId(id));
	}

	@Transactional(readOnly = true)
	Prepare prepare(SignedInUser user, long portfolioId) {
		PortfolioSummary portfolio = this.portfolios.view(user, portfolioId).summary();
		List<Meeting> live = this.meetings.findLive(portfolio.id());
		Long latest = live.isEmpty() ? null : live.get(0).getId();
		List<ActionView> open = this.actions.findOpen(portfolio.id()).stream().map((a) -> view(a, latest)).toList();
		return new Prepare(portfolio, this.changes.sinceLastMeeting(user, portfolio.id()), open,
				live.isEmpty() ? null : live.get(0).getNextMeetingOn(), this.review.unresolvedThreads(user, portfolio.id()));
	}

	/** For the portfolio's overview: the next meeting and the open actions, for whoever reads the portfolio. */
	@Transactional(readOnly = true)
	public ComingUp comingUp(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		List<LocalDate> next = this.meetings.findNextMeetingOn(id, org.springframework.data.domain.Limit.of(1));
		List<OpenAction> open = this.actions.findOpen(id)
			.stream()
			.map((action) -> new OpenAction(action.getId(), action.getMeeting().getHeldOn(), action.getText()))
			.toList();
		return new ComingUp(next.isEmpty() ? null : next.get(0), open);
	}

	@Transactional
	long record(SignedInUser user, long portfolioId, Edit edit) {
		long id = this.access.changeable(user, portfolioId).id();
		Meeting meeting = Meeting.record(id, edit.details(), edit.actions(), user.getDisplayName(),
				LocalDate.now(this.clock), this.clock.instant());
		long meetingId = this.meetings.save(meeting).getId();
		tickCarried(user, id, meetingId, edit.carriedDone());
		return meetingId;
	}

	/**
	 * A meeting as another module logs it, with the texts of the actions agreed at it and the ids of
	 * open actions from earlier meetings that were ticked off at it.
	 */
	public record NewMeeting(LocalDate heldOn, MeetingMode mode, String notes, LocalDate nextMeetingOn,
			List<String> actions, Set<Long> carriedDone) {
	}

	/** The meeting logged and the ids of its actions, in the order they were given. */
	public record LoggedMeeting(long meetingId, List<Long> actionIds) {
	}

	/** Logs a meeting as the meeting form does, with the same checks, for the candidate or their mentor. */
	@Transactional
	public LoggedMeeting logMeeting(SignedInUser user, long portfolioId, NewMeeting meeting) {
		List<Meeting.ActionLine> lines = meeting.actions()
			.stream()
			.map((text) -> new Meeting.ActionLine(null, text, false))
			.toList();
		long meetingId = record(user, portfolioId,
				new Edit(new Meeting.Details(meeting.heldOn(), meeting.mode(), meeting.notes(), meeting.nextMeetingOn()),
						lines, meeting.carriedDone(), null));
		return new LoggedMeeting(meetingId, meeting(user, portfolioId, meetingId).actions()
			.stream()
			.map(ActionView::id)
			.toList());
	}

	@Transactional
	void update(SignedInUser user, long portfolioId, long meetingId, Edit edit) {
		long id = this.access.changeable(user, portfolioId).id();
		Meeting meeting = live(id, meetingId);
		if (edit.version() == null || edit.version() != meeting.getVersion()) {
			throw new StaleEditException(meeting.getVersion());
		}
		meeting.edit(edit.details(), edit.actions(), user.getDisplayName(), LocalDate.now(this.clock),
				this.clock.instant());
		tickCarried(user, id, meetingId, edit.carriedDone());
		this.meetings.save(meeting);
	}

	/** Ticks an action off (or back on) from any page that shows it. */
	@Transactional
	void mark(SignedInUser user, long portfolioId, long actionId, boolean done) {
		long id = this.access.changeable(user, portfolioId).id();
		MeetingAction action = this.actions.findInPortfolio(id, actionId)
			.filter((found) -> !found.getMeeting().isDeleted())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		action.getMeeting().mark(actionId, done, user.getDisplayName(), this.clock.instant());
	}

	@Transactional
	void delete(SignedInUser user, long portfolioId, long meetingId) {
		long id = this.access.changeable(user, portfolioId).id();
		live(id, meetingId).delete(this.clock.instant());
	}

	@Transactional
	void restore(SignedInUser user, long portfolioId, long meetingId) {
		long id = this.access.changeable(user, portfolioId).id();
		this.meetings.findInPortfolio(id, meetingId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId))
			.restore(this.clock.instant());
	}

	/** The last meeting held and the next one agreed: dates only, for anybody who sees progress. */
	public record MeetingDates(LocalDate lastMeetingOn, LocalDate nextMeetingOn) {
	}

	/**
	 * The dates of the latest meeting in the log, for the progress page: a line manager sees them,
	 * never the notes or the actions.
	 */
	@Transactional(readOnly = true)
	public MeetingDates dates(SignedInUser user, long portfolioId) {
		long id = this.access.progressVisible(user, portfolioId).id();
		List<Meeting> live = this.meetings.findLive(id);
		return live.isEmpty() ? new MeetingDates(null, null)
				: new MeetingDates(live.get(0).getHeldOn(), live.get(0).getNextMeetingOn());
	}

	/** The next meeting date and the number of open actions, for the mentor's page. */
	public record Outlook(LocalDate lastMeetingOn, LocalDate nextMeetingOn, int openActions) {
	}

	@Transactional(readOnly = true)
	public Outlook outlook(SignedInUser user, long portfolioId) {
		long id = this.access.readable(user, portfolioId).id();
		List<Meeting> live = this.meetings.findLive(id);
		int open = (int) live.stream().flatMap((m) -> m.getActions().stream()).filter((a) -> !a.isDone()).count();
		return live.isEmpty() ? new Outlook(null, null, open)
				: new Outlook(live.get(0).getHeldOn(), live.get(0).getNextMeetingOn(), open);
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

	private Meeting live(long portfolioId, long meetingId) {
		return this.meetings.findInPortfolio(portfolioId, meetingId)
			.filter((meeting) -> !meeting.isDeleted())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
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
