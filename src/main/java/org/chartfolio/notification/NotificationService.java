package org.chartfolio.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications: the list, the unread count for the header, opening one and
 * marking all read. Only the recipient sees a notification, and only while they may still
 * read its portfolio; an invitation is shown to its invitee, who cannot read the
 * portfolio yet.
 */
@Service
@RequiredArgsConstructor
class NotificationService {

	static final int PAGE_SIZE = 25;

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

	/**
	 * One notification as the list shows it; {@code linked} when opening it leads
	 * somewhere. A review notification also carries its section, a snippet of the
	 * comment, whether it is done with (a review request the mentor has decided), and
	 * where the section and the thread stand now.
	 */
	record NotificationView(long id, NotificationKind kind, String actorName, String sectionTitle,
			String portfolioTitle, PortfolioRole role, Instant createdAt, boolean unread, boolean linked,
			long portfolioId, Long sectionId, String snippet, boolean done, String sectionStatus, boolean approvedByMe,
			boolean toCandidate, Boolean threadResolved) {

		/**
		 * The message key of where the section stands, as the recipient would say it;
		 * null when not about one.
		 */
		public String stateKey() {
			if (this.sectionStatus == null) {
				return null;
			}
			return switch (this.sectionStatus) {
				case "APPROVED" ->
					this.approvedByMe ? "notification.state.approvedByYou" : "notification.state.approved";
				case "CHANGES_REQUESTED" -> this.toCandidate ? "notification.state.changesRequested"
						: "notification.state.changesRequestedByYou";
				case "READY_FOR_REVIEW" ->
					this.toCandidate ? "notification.state.waiting" : "notification.state.waitingForYou";
				default -> "notification.state.draft";
			};
		}

		/**
		 * The section's status name, for the badge's colour; null when not about a
		 * section.
		 */
		public String statusClass() {
			return (this.sectionStatus != null)
					? "section-status-" + this.sectionStatus.toLowerCase(java.util.Locale.ROOT) : null;
		}

		public boolean threadIsResolved() {
			return Boolean.TRUE.equals(this.threadResolved);
		}

	}

	/**
	 * The notifications of one section (or, for those about no section, of one
	 * portfolio), newest first, with where the section stands now.
	 */
	record Group(String key, String sectionTitle, String portfolioTitle, NotificationView latest,
			List<NotificationView> items) {

		public boolean aboutSection() {
			return this.latest.sectionId() != null;
		}

	}

	/** One page of the list, newest first. */
	record Inbox(List<NotificationView> items, int page, boolean hasNext) {

		public boolean hasPrevious() {
			return this.page > 0;
		}

		public boolean anyUnread() {
			return this.items.stream().anyMatch(NotificationView::unread);
		}

		/**
		 * The page's notifications grouped by section, the group with the newest first.
		 */
		public List<Group> groups() {
			Map<String, List<NotificationView>> byKey = new LinkedHashMap<>();
			for (NotificationView item : this.items) {
				String key = (item.sectionId() != null) ? "section-" + item.sectionId()
						: "portfolio-" + item.portfolioId();
				byKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(item);
			}
			return byKey.entrySet().stream().map((entry) -> {
				NotificationView latest = entry.getValue().get(0);
				return new Group(entry.getKey(), latest.sectionTitle(), latest.portfolioTitle(), latest,
						List.copyOf(entry.getValue()));
			}).toList();
		}

	}

	@Transactional(readOnly = true)
	Inbox inbox(SignedInUser user, int page) {
		int from = Math.max(page, 0);
		// Where each section and thread stands comes from the portfolio and review
		// modules' views, in the
		// same statement: the list stays one query however long it is.
		List<NotificationView> rows = this.jdbc.sql("""
				select n.id, n.kind, n.actor_name, n.section_title, n.portfolio_title, n.role, n.created_at,
				       n.read_at is null as unread, (n.link_path is not null or n.section_id is not null) as linked,
				       n.portfolio_id, n.section_id, n.snippet, n.done_at is not null as done,
				       st.status as section_status, coalesce(st.approved_by = n.recipient_id, false) as approved_by_me,
				       exists (select 1 from portfolio_reader r where r.portfolio_id = n.portfolio_id
				               and r.account_id = n.recipient_id and r.role = 'OWNER') as to_candidate,
				       ts.resolved as thread_resolved
				from notification n
				left join section_review_state st on st.section_id = n.section_id
				left join review_thread_state ts on ts.thread_id = n.thread_id
				where n.recipient_id = :me and """ + VISIBLE + """

				order by n.created_at desc, n.id desc
				limit :limit offset :offset""")
			.param("me", user.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("limit", PAGE_SIZE + 1)
			// In long: a page number from the address bar times the page size must not
			// wrap to a negative offset.
			.param("offset", (long) from * PAGE_SIZE)
			.query(NotificationService::view)
			.list();
		boolean more = rows.size() > PAGE_SIZE;
		return new Inbox(more ? rows.subList(0, PAGE_SIZE) : rows, from, more);
	}

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

	private static NotificationView view(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("role");
		return new NotificationView(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("actor_name"), rs.getString("section_title"), rs.getString("portfolio_title"),
				(role != null) ? PortfolioRole.valueOf(role) : null, rs.getTimestamp("created_at").toInstant(),
				rs.getBoolean("unread"), rs.getBoolean("linked"), rs.getLong("portfolio_id"),
				(Long) rs.getObject("section_id", Long.class), rs.getString("snippet"), rs.getBoolean("done"),
				rs.getString("section_status"), rs.getBoolean("approved_by_me"), rs.getBoolean("to_candidate"),
				(Boolean) rs.getObject("thread_resolved"));
	}

}
