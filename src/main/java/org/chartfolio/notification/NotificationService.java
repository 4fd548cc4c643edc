package org.chartfolio.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications: the list, the unread count for the header, opening one and marking all
 * read. Only the recipient sees a notification, and only while they may still read its portfolio;
 * an invitation is shown to its invitee, who cannot read the portfolio yet.
 */
@Service
class NotificationService {

	static final int PAGE_SIZE = 25;

	/**
	 * Who may still read the portfolio a notification is about: its candidate or its active mentor,
	 * as the portfolio module's {@code portfolio_reader} view has it (the rule of
	 * {@link PortfolioAccess#readable}); an invitation is for its invitee while it still waits
	 * for an answer and its link works (so even once accepted, when its invitee reads the portfolio,
	 * it is gone). Part of every query, so that the list and the count each stay one statement.
	 */
	static final String VISIBLE = """
			(case when n.kind = 'INVITED'
			      then n.invitation_ended is null and (n.invitation_expires_at is null or n.invitation_expires_at > :now)
			      else (n.kind in ('MENTOR_REQUESTED', 'MENTOR_REQUEST_WITHDRAWN')
			            or exists (select 1 from portfolio_reader r
			                       where r.portfolio_id = n.portfolio_id and r.account_id = n.recipient_id))
			 end)""";

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final PortfolioAccess access;

	private final Clock clock;

	NotificationService(Notifications notifications, JdbcClient jdbc, PortfolioAccess access, Clock clock) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/** One notification as the list shows it; {@code linked} when opening it leads somewhere. */
	record NotificationView(long id, NotificationKind kind, String actorName, String sectionTitle,
			String portfolioTitle, PortfolioRole role, Instant createdAt, boolean unread, boolean linked) {
	}

	/** One page of the list, newest first. */
	record Inbox(List<NotificationView> items, int page, boolean hasNext) {

		public boolean hasPrevious() {
			return this.page > 0;
		}

		public boolean anyUnread() {
			return this.items.stream().anyMatch(NotificationView::unread);
		}

	}

	@Transactional(readOnly = true)
	Inbox inbox(SignedInUser user, int page) {
		int from = Math.max(page, 0);
		List<NotificationView> rows = this.jdbc.sql("""
				select n.id, n.kind, n.actor_name, n.section_title, n.portfolio_title, n.role, n.created_at,
				       n.read_at is null as unread, n.link_path is not null as linked
				from notification n
				where n.recipient_id = :me and """ + VISIBLE + """

				order by n.created_at desc, n.id desc
				limit :limit offset :offset""")
			.param("me", user.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("limit", PAGE_SIZE + 1)
			// In long: a page number from the address bar times the page size must not wrap to a negative offset.
			.param("offset", (long) from * PAGE_SIZE)
			.query(NotificationService::view)
			.list();
		boolean more = rows.size() > PAGE_SIZE;
		return new Inbox(more ? rows.subList(0, PAGE_SIZE) : rows, from, more);
	}

	/** The header's count: one statement. */
	@Transactional(readOnly = true)
	long unreadCount(SignedInUser user) {
		return this.jdbc.sql("select count(*) from notification n where n.recipient_id = :me and n.read_at is null and "
				+ VISIBLE)
			.param("me", user.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * Where opening a notification leads: a page, or none (an invitation: its link is in the invitee's
	 * email); and, for an invitation that no longer waits for an answer, the message key saying why.
	 */
	record Destination(Optional<String> path, Optional<String> gone) {
	}

	/**
	 * Marks the notification read and gives back where it leads. Another person's notification, and
	 * one about a portfolio the person may no longer read, are not found; an invitation that ended or
	 * expired is still found, so that following a stale list says what became of it.
	 */
	@Transactional
	Destination open(SignedInUser user, long notificationId) {
		Notification notification = this.notifications.findById(notificationId)
			.filter((n) -> n.isFor(user.id()))
			.orElseThrow(() -> new NotificationNotFoundException(notificationId));
		if (!notification.getKind().beforeAccess()) {
			this.access.readable(user, notification.getPortfolioId());
		}
		Instant now = this.clock.instant();
		notification.read(now);
		return new Destination(Optional.ofNullable(notification.getLinkPath()),
				notification.invitationGone(now).map(InvitationEnd::messageKey));
	}

	/** The invitation ended: its notification leaves the list and the count. */
	@Transactional
	void invitationEnded(long invitationId, InvitationEnd end) {
		this.jdbc.sql("update notification set invitation_ended = :end where invitation_id = :invitation"
				+ " and invitation_ended is null")
			.param("end", end.name())
			.param("invitation", invitationId)
			.update();
	}

	@Transactional
	int readAll(SignedInUser user) {
		return this.jdbc.sql("update notification set read_at = :now where recipient_id = :me and read_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("me", user.id())
			.update();
	}

	@Transactional
	Notification record(Notification notification) {
		return this.notifications.save(notification);
	}

	private static NotificationView view(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("role");
		return new NotificationView(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("actor_name"), rs.getString("section_title"), rs.getString("portfolio_title"),
				(role != null) ? PortfolioRole.valueOf(role) : null, rs.getTimestamp("created_at").toInstant(),
				rs.getBoolean("unread"), rs.getBoolean("linked"));
	}

}
