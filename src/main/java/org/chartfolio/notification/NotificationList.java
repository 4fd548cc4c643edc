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

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications as the list shows them: a page at a time, newest first,
 * grouped by section, each with where its section and thread stand now, in one query
 * however long the page. What the list holds is {@link NotificationService#VISIBLE}, the
 * same rule as the header's count.
 */
@Service
@RequiredArgsConstructor
class NotificationList {

	static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

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
				where n.recipient_id = :me and """ + NotificationService.VISIBLE + """

				order by n.created_at desc, n.id desc
				limit :limit offset :offset""")
			.param("me", user.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("limit", PAGE_SIZE + 1)
			// In long: a page number from the address bar times the page size must not
			// wrap to a negative offset.
			.param("offset", (long) from * PAGE_SIZE)
			.query(NotificationList::view)
			.list();
		boolean more = rows.size() > PAGE_SIZE;
		return new Inbox(more ? rows.subList(0, PAGE_SIZE) : rows, from, more);
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
