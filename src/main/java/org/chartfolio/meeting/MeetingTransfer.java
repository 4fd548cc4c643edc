package org.chartfolio.meeting;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.chartfolio.system.SqlTimes.instant;
import static org.chartfolio.system.SqlTimes.timestamp;

/**
 * A portfolio's meeting log, deleted meetings included, with their actions, as plain data
 * for the data export, and written back exactly for the import. Who recorded a meeting or
 * ticked an action off is kept as a name, so it survives a move to another installation.
 * The caller has asked PortfolioAccess first.
 */
@Service
@RequiredArgsConstructor
public class MeetingTransfer {

	// The form's limits, for the import to hold an archive to them.
	public static final int MAX_NOTES_LENGTH = Meeting.MAX_NOTES_LENGTH;

	public static final int MAX_ACTION_LENGTH = Meeting.MAX_ACTION_LENGTH;

	public static final int MAX_ACTIONS = Meeting.MAX_ACTIONS;

	private final JdbcClient jdbc;

	public record MeetingData(LocalDate heldOn, String mode, String notes, LocalDate nextMeetingOn,
			String recordedByName, Instant createdAt, Instant updatedAt, Instant deletedAt, List<ActionData> actions) {
	}

	public record ActionData(int position, String text, boolean done, Instant doneAt, String doneByName) {
	}

	@Transactional(readOnly = true)
	public List<MeetingData> export(long portfolioId) {
		Map<Long, List<ActionData>> actions = new LinkedHashMap<>();
		this.jdbc.sql("""
				select a.meeting_id, a.position, a.text, a.done, a.done_at, a.done_by_name from meeting_action a
				join meeting m on m.id = a.meeting_id
				where m.portfolio_id = ? order by a.meeting_id, a.position, a.id""")
			.param(portfolioId)
			.query((ResultSet rs) -> {
				actions.computeIfAbsent(rs.getLong("meeting_id"), (k) -> new ArrayList<>())
					.add(new ActionData(rs.getInt("position"), rs.getString("text"), rs.getBoolean("done"),
							instant(rs, "done_at"), rs.getString("done_by_name")));
			});
		return this.jdbc.sql("""
				select id, held_on, mode, notes, next_meeting_on, recorded_by_name, created_at, updated_at, deleted_at
				from meeting where portfolio_id = ? order by held_on, created_at, id""")
			.param(portfolioId)
			.query((rs, n) -> new MeetingData(rs.getObject("held_on", LocalDate.class), rs.getString("mode"),
					rs.getString("notes"), rs.getObject("next_meeting_on", LocalDate.class),
					rs.getString("recorded_by_name"), instant(rs, "created_at"), instant(rs, "updated_at"),
					instant(rs, "deleted_at"), actions.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(long portfolioId, List<MeetingData> meetings) {
		for (MeetingData meeting : meetings) {
			MeetingMode.valueOf(meeting.mode());
			long id = this.jdbc.sql("""
					insert into meeting (portfolio_id, held_on, mode, notes, next_meeting_on, recorded_by_name,
					                     created_at, updated_at, deleted_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(portfolioId, meeting.heldOn(), meeting.mode(), meeting.notes(), meeting.nextMeetingOn(),
						meeting.recordedByName(), timestamp(meeting.createdAt()), timestamp(meeting.updatedAt()),
						timestamp(meeting.deletedAt()))
				.query(Long.class)
				.single();
			for (ActionData action : meeting.actions()) {
				this.jdbc.sql("""
						insert into meeting_action (meeting_id, position, text, done, done_at, done_by_name)
						values (?, ?, ?, ?, ?, ?)""")
					.params(id, action.position(), action.text(), action.done(), timestamp(action.doneAt()),
							action.doneByName())
					.update();
			}
		}
	}

}
