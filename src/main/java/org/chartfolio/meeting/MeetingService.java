package org.chartfolio.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.review.ReviewService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting module's public face: what the dashboard, the archive and the demo read of
 * the log and the meeting they log, and the records every page answers with. The
 * permission table lets the candidate and their active mentor both keep the log, so every
 * call asks {@link PortfolioAccess}: a line manager, a former mentor and anybody else get
 * not found (the line manager sees the dates alone). Every page is read in a fixed number
 * of queries.
 * <p>
 * The work is done by package-private classes: {@link MeetingPages} (what the pages and
 * other modules read) and {@link MeetingCommands} (every change to the log).
 */
@Service
@RequiredArgsConstructor
public class MeetingService {

	private final MeetingPages pages;

	private final MeetingCommands commands;

	/**
	 * An action as pages show it; {@code carriedOver} when it is open and a later meeting
	 * has been held.
	 */
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

	/**
	 * The log page: meetings latest first, every action still open, and the deleted
	 * meetings.
	 */
	record Log(PortfolioSummary portfolio, List<MeetingView> meetings, List<ActionView> openActions,
			List<DeletedMeeting> deleted) {

		public LocalDate nextMeetingOn() {
			return this.meetings.isEmpty() ? null : this.meetings.get(0).nextMeetingOn();
		}

	}

	/** A meeting's page, with the open actions carried to it from earlier meetings. */
	record Page(PortfolioSummary portfolio, MeetingView meeting, List<ActionView> carried) {
	}

	/**
	 * What the meeting form shows besides its fields: the open actions from earlier
	 * meetings.
	 */
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
	 * What is coming up in the meetings: the next meeting agreed at the latest one (null
	 * if none) and the actions still open, oldest first, in two queries.
	 */
	public record ComingUp(LocalDate nextMeetingOn, List<OpenAction> openActions) {
	}

	/**
	 * A meeting as its form sends it. {@code carriedDone} holds the open actions of
	 * earlier meetings ticked off on this form; {@code version} is null for a new
	 * meeting.
	 */
	record Edit(Meeting.Details details, List<Meeting.ActionLine> actions, Set<Long> carriedDone, Long version) {
	}

	// The pages

	Log log(SignedInUser user, long portfolioId) {
		return this.pages.log(user, portfolioId);
	}

	Page page(SignedInUser user, long portfolioId, long meetingId) {
		return this.pages.page(user, portfolioId, meetingId);
	}

	/** For the form of a new meeting (meetingId null) or of an existing one. */
	FormPage form(SignedInUser user, long portfolioId, Long meetingId) {
		return this.pages.form(user, portfolioId, meetingId);
	}

	MeetingView meeting(SignedInUser user, long portfolioId, long meetingId) {
		return this.pages.meeting(user, portfolioId, meetingId);
	}

	Prepare prepare(SignedInUser user, long portfolioId) {
		return this.pages.prepare(user, portfolioId);
	}

	// What other modules read

	/**
	 * For the portfolio's overview: the next meeting and the open actions, for whoever
	 * reads the portfolio.
	 */
	public ComingUp comingUp(SignedInUser user, long portfolioId) {
		return this.pages.comingUp(user, portfolioId);
	}

	/**
	 * The last meeting held and the next one agreed: dates only, for anybody who sees
	 * progress.
	 */
	public record MeetingDates(LocalDate lastMeetingOn, LocalDate nextMeetingOn) {
	}

	/**
	 * The dates of the latest meeting in the log, for the progress page: a line manager
	 * sees them, never the notes or the actions.
	 */
	public MeetingDates dates(SignedInUser user, long portfolioId) {
		return this.pages.dates(user, portfolioId);
	}

	/**
	 * The dates of each portfolio's latest meeting, keyed by portfolio id, in one query
	 * however many portfolios there are (for the supporters' home page); each portfolio
	 * is checked as {@link #dates(SignedInUser, long)} checks one, so one the person may
	 * not see is not found.
	 */
	public Map<Long, MeetingDates> dates(SignedInUser user, Collection<Long> portfolioIds) {
		return this.pages.dates(user, portfolioIds);
	}

	/** The next meeting date and the number of open actions, for the mentor's page. */
	public record Outlook(LocalDate lastMeetingOn, LocalDate nextMeetingOn, int openActions) {
	}

	public Outlook outlook(SignedInUser user, long portfolioId) {
		return this.pages.outlook(user, portfolioId);
	}

	// Changes to the log

	long record(SignedInUser user, long portfolioId, Edit edit) {
		return this.commands.record(user, portfolioId, edit);
	}

	/**
	 * A meeting as another module logs it, with the texts of the actions agreed at it and
	 * the ids of open actions from earlier meetings that were ticked off at it.
	 */
	public record NewMeeting(LocalDate heldOn, MeetingMode mode, String notes, LocalDate nextMeetingOn,
			List<String> actions, Set<Long> carriedDone) {
	}

	/** The meeting logged and the ids of its actions, in the order they were given. */
	public record LoggedMeeting(long meetingId, List<Long> actionIds) {
	}

	/**
	 * Logs a meeting as the meeting form does, with the same checks, for the candidate or
	 * their mentor.
	 */
	@Transactional
	public LoggedMeeting logMeeting(SignedInUser user, long portfolioId, NewMeeting meeting) {
		List<Meeting.ActionLine> lines = meeting.actions()
			.stream()
			.map((text) -> new Meeting.ActionLine(null, text, false))
			.toList();
		long meetingId = record(user, portfolioId,
				new Edit(
						new Meeting.Details(meeting.heldOn(), meeting.mode(), meeting.notes(), meeting.nextMeetingOn()),
						lines, meeting.carriedDone(), null));
		return new LoggedMeeting(meetingId,
				meeting(user, portfolioId, meetingId).actions().stream().map(ActionView::id).toList());
	}

	void update(SignedInUser user, long portfolioId, long meetingId, Edit edit) {
		this.commands.update(user, portfolioId, meetingId, edit);
	}

	/** Ticks an action off (or back on) from any page that shows it. */
	void mark(SignedInUser user, long portfolioId, long actionId, boolean done) {
		this.commands.mark(user, portfolioId, actionId, done);
	}

	void delete(SignedInUser user, long portfolioId, long meetingId) {
		this.commands.delete(user, portfolioId, meetingId);
	}

	void restore(SignedInUser user, long portfolioId, long meetingId) {
		this.commands.restore(user, portfolioId, meetingId);
	}

}
