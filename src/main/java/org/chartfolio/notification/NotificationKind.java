package org.chartfolio.notification;

import org.chartfolio.directory.MentorRequestEvent;
import org.chartfolio.review.SectionReviewEvent;

/** What a notification is about; each has its own sentence in messages.properties. */
enum NotificationKind {

	READY_FOR_REVIEW, CHANGES_REQUESTED, APPROVED, REOPENED, COMMENTED, INVITED,
	/**
	 * A candidate asks, through the mentor directory, for the recipient to mentor them.
	 */
	MENTOR_REQUESTED,
	/** The mentor the candidate asked accepted, or declined. */
	MENTOR_REQUEST_ACCEPTED, MENTOR_REQUEST_DECLINED,
	/** The candidate withdrew a request to the recipient. */
	MENTOR_REQUEST_WITHDRAWN,
	/**
	 * The portfolio's mentor or line manager deleted their account, so their access
	 * ended.
	 */
	SUPPORTER_LEFT,
	/** The candidate shared a written section with the recipient, their line manager. */
	SECTION_SHARED;

	static NotificationKind of(MentorRequestEvent.Kind kind) {
		return switch (kind) {
			case SENT -> MENTOR_REQUESTED;
			case ACCEPTED -> MENTOR_REQUEST_ACCEPTED;
			case DECLINED -> MENTOR_REQUEST_DECLINED;
			case WITHDRAWN -> MENTOR_REQUEST_WITHDRAWN;
		};
	}

	/**
	 * Whether the recipient may see it without reading the portfolio it is about: an
	 * invitation, or a request addressed to a mentor who is not (yet) in the portfolio.
	 */
	boolean beforeAccess() {
		return this == INVITED || this == MENTOR_REQUESTED || this == MENTOR_REQUEST_WITHDRAWN;
	}

	static NotificationKind of(SectionReviewEvent.Kind kind) {
		return switch (kind) {
			case READY_FOR_REVIEW -> READY_FOR_REVIEW;
			case CHANGES_REQUESTED -> CHANGES_REQUESTED;
			case APPROVED -> APPROVED;
			case REOPENED -> REOPENED;
			case COMMENTED -> COMMENTED;
		};
	}

	/** The message key of the sentence; parameters: actor, section, portfolio, role. */
	public String messageKey() {
		return "notification.kind." + name();
	}

	/** The message key of the email's subject line, with the same parameters. */
	String subjectKey() {
		return "notification.mail.subject." + name();
	}

}
