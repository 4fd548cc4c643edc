package org.chartfolio.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications: the unread count for the header, opening one, marking all
 * read, and recording them and their changes for the listeners ({@link NotificationList}
 * reads the list). Only the recipient sees a notification, and only while they may still
 * read its portfolio; an invitation is shown to its invitee, who cannot read the
 * portfolio yet.
 */
@Service
@RequiredArgsConstructor
class NotificationService {

	/**
	 * Who may still read the portfolio a notification is about: its candidate or its
	 * active mentor, as the portfolio module's {@code portfolio_reader} view has it (the
	 * rule of {@link PortfolioAccess#readable}); a shared section is for the active line
	 * manager while it is still shared with them ({@code section_share_reader}); an
	 * invitation is for its invitee while it still waits for an answer and its link works
	 * (so even once accepted, when its invitee reads the portfolio, it is gone). Part of
	 * every query, so that the list and the count each stay one statement.
	 */
	static final String VISIBLE = """
			(case when n.kind = 'INVITED'
			      then n.invitation_ended is null and (n.invitation_expires_at is null or n.invitation_expires_at >
			          :now)
			      when n.kind = 'SECTION_SHARED'
			      then exists (select 1 from section_share_reader r
			                   where r.account_id = n.recipient_id and r.portfolio_id = n.portfolio_id
			                   and n.link_path = '/portfolios/' || r.portfolio_id || '/progress/sections/' ||
			                       r.section_id)
			      else (n.kind in ('MENTOR_REQUESTED', 'MENTOR_REQUEST_WITHDRAWN')
			            or exists (select 1 from portfolio_reader r
			                       where r.portfolio_id = n.portfolio_id and r.account_id = n.recipient_id))
			 end)""";

	/**
	 * The unread notifications the list would show, over {@code :person} and
	 * {@code :now}; the header's figure too.
	 */
	static final String UNREAD_COUNT = "(select count(*) from notification n where n.recipient_id = :person and "
			+ "n.read_at is null and " + VISIBLE + ")";

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final PortfolioAccess access;

	private final Clock clock;

	/** The header's count: one statement. */
	@Transactional(readOnly = true)
	long unreadCount(SignedInUser user) {
		return this.jdbc.sql("select " + UNREAD_COUNT)
			.param("person", user.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * Where opening a notification leads: a page, or none (an invitation: its link is in
	 * the invitee's email); and, for an invitation that no longer waits for an answer,
	 * the message key saying why.
	 */
	record Destination(Optional<String> path, Optional<String> gone) {
	}

	/**
	 * Marks the notification read and gives back where it leads. Another person's
	 * notification, and one about a portfolio the person may no longer read, are not
	 * found; an invitation that ended or expired is still found, so that following a
	 * stale list says what became of it.
	 */
	@Transactional
	Destination open(SignedInUser user, long notificationId) {
		Notification notification = this.notifications.findById(notificationId)
			.filter((n) -> n.isFor(user.id()))
			.orElseThrow(() -> new NotificationNotFoundException(notificationId));
		if (notification.getKind() == NotificationKind.SECTION_SHARED) {
			// A line manager sees progress only; the shared section's page checks the
			// section is still shared.
			this.access.progressVisible(user, notification.getPortfolioId());
		}
		else if (!notification.getKind().beforeAccess()) {
			this.access.readable(user, notification.getPortfolioId());
		}
		Instant now = this.clock.instant();
		notification.read(now);
		return new Destination(Optional.ofNullable(pathNow(notification)),
				notification.invitationGone(now).map(InvitationEnd::messageKey));
	}

	/**
	 * Where a notification about a section leads as the section and its thread stand now.
	 */
	private String pathNow(Notification notification) {
		if (notification.getSectionId() == null) {
			return notification.getLinkPath();
		}
		return this.jdbc.sql("""
				select st.kind, st.status,
				       exists (select 1 from portfolio_reader r where r.portfolio_id = st.portfolio_id
				               and r.account_id = :me and r.role = 'OWNER') as to_candidate,
				       (select ts.resolved from review_thread_state ts where ts.thread_id = :thread) as resolved
				from section_review_state st
				where st.section_id = :section""")
			.param("me", notification.getRecipientId())
			.param("thread", notification.getThreadId())
			.param("section", notification.getSectionId())
			.query((rs, row) -> Destinations.now(notification.getKind(), notification.getPortfolioId(),
					notification.getSectionId(), notification.getThreadId(),
					new Destinations.SectionNow(rs.getBoolean("to_candidate"), rs.getString("kind"),
							rs.getString("status"), (Boolean) rs.getObject("resolved"))))
			.optional()
			.orElse(notification.getLinkPath());
	}

	/** The mentor decided: the requests to review the section are done with, and read. */
	@Transactional
	void reviewRequestsDone(long sectionId, Instant at) {
		this.jdbc
			.sql("update notification set done_at = :at, read_at = coalesce(read_at, :at)"
					+ " where section_id = :section and kind = 'READY_FOR_REVIEW' and done_at is null")
			.param("at", Timestamp.from(at))
			.param("section", sectionId)
			.update();
	}

	/** The invitation ended: its notification leaves the list and the count. */
	@Transactional
	void invitationEnded(long invitationId, InvitationEnd end) {
		this.jdbc
			.sql("update notification set invitation_ended = :end where invitation_id = :invitation"
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

}
