package org.chartfolio.notification;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.access.InvitationIssued;
import org.chartfolio.directory.MentorRequestEvent;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.SectionSharingChanged;
import org.chartfolio.portfolio.SupporterLeft;
import org.chartfolio.review.SectionReviewEvent;
import org.chartfolio.system.IdentifiedEntity;

/**
 * Something one person should hear about. Only its recipient ever reads it; reading it
 * once is enough, and it stays read.
 */
@Entity
@Table(name = "notification")
class Notification extends IdentifiedEntity {

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long recipientId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private NotificationKind kind;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long portfolioId;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String linkPath;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String actorName;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String portfolioTitle;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String sectionTitle;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private PortfolioRole role;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private Instant createdAt;

	@Getter(AccessLevel.PACKAGE)
	private Instant readAt;

	/**
	 * The invitation an {@link NotificationKind#INVITED} notification tells of; null for
	 * any other kind.
	 */
	@Column(updatable = false)
	private Long invitationId;

	@Column(updatable = false)
	private Instant invitationExpiresAt;

	/**
	 * How the invitation ended, once it has; the list and the count leave the
	 * notification out then.
	 */
	@Enumerated(EnumType.STRING)
	private InvitationEnd invitationEnded;

	/** The section a review notification is about; null for any other kind. */
	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private Long sectionId;

	/**
	 * The comment thread it is about (a comment, a reply, a request for changes); null
	 * when none.
	 */
	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private Long threadId;

	/** The start of the comment or request, as it read when it was written. */
	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String snippet;

	/** When a review request was done with: the mentor decided. */
	@Getter(AccessLevel.PACKAGE)
	private Instant doneAt;

	protected Notification() {
	}

	/**
	 * What every notification says: who it is for, what happened in which portfolio, who
	 * did it and when; each kind's factory adds the rest.
	 */
	private Notification(long recipientId, NotificationKind kind, long portfolioId, String portfolioTitle,
			String actorName, Instant createdAt) {
		this.recipientId = recipientId;
		this.kind = kind;
		this.portfolioId = portfolioId;
		this.portfolioTitle = portfolioTitle;
		this.actorName = actorName;
		this.createdAt = createdAt;
	}

	/** The longest snippet kept of a comment. */
	static final int SNIPPET_LENGTH = 280;

	/**
	 * About a section of a portfolio, and the thread when there is one. The link kept
	 * here (for the email) opens the page where the recipient acts: the review page for
	 * the mentor, the section page for the candidate, at the thread; opening it in the
	 * app chooses again as the section stands then ({@link Destinations}).
	 */
	static Notification aboutSection(long recipientId, boolean toCandidate, SectionReviewEvent event,
			String portfolioTitle) {
		NotificationKind kind = NotificationKind.of(event.kind());
		if (kind == NotificationKind.INVITED) {
			throw new IllegalArgumentException("An invitation is not about a section");
		}
		Notification notification = new Notification(recipientId, kind, event.portfolioId(), portfolioTitle,
				event.actorName(), event.at());
		notification.linkPath = Destinations.first(toCandidate, kind, event.portfolioId(), event.sectionId(),
				event.threadId());
		notification.sectionTitle = event.sectionTitle();
		notification.sectionId = event.sectionId();
		notification.threadId = event.threadId();
		notification.snippet = snippet(event.text());
		return notification;
	}

	/** The first words of a comment, whole words where it is cut. */
	static String snippet(String text) {
		String flat = (text == null) ? "" : text.strip().replaceAll("\\s+", " ");
		if (flat.isEmpty()) {
			return null;
		}
		if (flat.length() <= SNIPPET_LENGTH) {
			return flat;
		}
		String cut = flat.substring(0, SNIPPET_LENGTH - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > SNIPPET_LENGTH / 2) ? cut.substring(0, space) : cut) + "…";
	}

	/**
	 * An invitation to somebody who already has an account. It holds no link: the link's
	 * token is kept nowhere but in the invitee's email and the candidate's hands.
	 */
	static Notification invitation(long recipientId, InvitationIssued issued, Instant now) {
		Notification notification = new Notification(recipientId, NotificationKind.INVITED, issued.portfolioId(),
				issued.portfolioTitle(), issued.inviterName(), now);
		notification.role = issued.role();
		notification.invitationId = issued.invitationId();
		notification.invitationExpiresAt = issued.expiresAt();
		return notification;
	}

	/**
	 * Why an invitation's notification leads nowhere now: how its invitation ended, or
	 * that its link expired; empty while the invitation still waits for an answer, and
	 * for any other kind.
	 */
	Optional<InvitationEnd> invitationGone(Instant now) {
		if (this.kind != NotificationKind.INVITED) {
			return Optional.empty();
		}
		if (this.invitationEnded != null) {
			return Optional.of(this.invitationEnded);
		}
		boolean expired = this.invitationExpiresAt != null && !now.isBefore(this.invitationExpiresAt);
		return expired ? Optional.of(InvitationEnd.EXPIRED) : Optional.empty();
	}

	/**
	 * About a request made through the mentor directory. The mentor's link opens the
	 * request; the candidate's opens the people page once accepted, or the request once
	 * declined; a withdrawn request leads nowhere.
	 */
	static Notification aboutMentorRequest(long recipientId, MentorRequestEvent event, String actorName,
			String portfolioTitle) {
		NotificationKind kind = NotificationKind.of(event.kind());
		String path = switch (kind) {
			case MENTOR_REQUESTED, MENTOR_REQUEST_DECLINED -> "/mentors/requests/" + event.requestId();
			case MENTOR_REQUEST_ACCEPTED -> "/portfolios/" + event.portfolioId() + "/people";
			case MENTOR_REQUEST_WITHDRAWN -> null;
			default -> throw new IllegalArgumentException(kind + " is not about a mentor request");
		};
		Notification notification = new Notification(recipientId, kind, event.portfolioId(), portfolioTitle, actorName,
				event.at());
		notification.linkPath = path;
		notification.role = PortfolioRole.MENTOR;
		return notification;
	}

	/**
	 * A mentor or line manager left by deleting their account; the link opens the people
	 * page.
	 */
	static Notification supporterLeft(long recipientId, SupporterLeft left) {
		Notification notification = new Notification(recipientId, NotificationKind.SUPPORTER_LEFT, left.portfolioId(),
				left.portfolioTitle(), left.name(), left.at());
		notification.linkPath = "/portfolios/" + left.portfolioId() + "/people";
		notification.role = left.role();
		return notification;
	}

	/**
	 * The candidate shared a section with their line manager; the link opens the shared
	 * section's page, the one page of its writing a line manager may read. It names no
	 * section of the review (no {@code sectionId}), so it never leads to the review or
	 * the editor.
	 */
	static Notification sectionShared(long recipientId, SectionSharingChanged change, String sectionTitle) {
		Notification notification = new Notification(recipientId, NotificationKind.SECTION_SHARED, change.portfolioId(),
				change.portfolioTitle(), change.actorName(), change.at());
		notification.linkPath = sharedSectionPath(change.portfolioId(), change.sectionId());
		notification.sectionTitle = sectionTitle;
		notification.role = PortfolioRole.LINE_MANAGER;
		return notification;
	}

	static String sharedSectionPath(long portfolioId, long sectionId) {
		return "/portfolios/" + portfolioId + "/progress/sections/" + sectionId;
	}

	/** Marks it read; reading it again keeps the first time. */
	void read(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	boolean isFor(long accountId) {
		return this.recipientId == accountId;
	}

}
