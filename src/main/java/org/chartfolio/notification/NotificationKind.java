package org.chartfolio.notification;

import org.chartfolio.review.SectionReviewEvent;

/** What a notification is about; each has its own sentence in messages.properties. */
enum NotificationKind {

	READY_FOR_REVIEW, CHANGES_REQUESTED, APPROVED, REOPENED, COMMENTED, INVITED;

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
	public String labelKey() {
		return "notification.kind." + name();
	}

	/** The message key of the email's subject line, with the same parameters. */
	String subjectKey() {
		return "notification.mail.subject." + name();
	}

}
