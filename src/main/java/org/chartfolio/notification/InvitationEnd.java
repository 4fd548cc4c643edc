package org.chartfolio.notification;

import org.chartfolio.access.InvitationClosed;

/**
 * Why an invitation's notification no longer leads anywhere. All but {@link #EXPIRED} are
 * stored; expiry is worked out from the time.
 */
enum InvitationEnd {

	ACCEPTED, DECLINED, REVOKED,
	/**
	 * The candidate made a new link; the notification of the new link took this one's
	 * place.
	 */
	REPLACED,
	/** The link's fortnight is over. */
	EXPIRED;

	static InvitationEnd of(InvitationClosed.Outcome outcome) {
		return switch (outcome) {
			case ACCEPTED -> ACCEPTED;
			case DECLINED -> DECLINED;
			case REVOKED -> REVOKED;
		};
	}

	/**
	 * What the invitee reads on following the notification (explicit keys, as
	 * MessagesTests wants).
	 */
	String messageKey() {
		return switch (this) {
			case ACCEPTED -> "notifications.invitation.accepted";
			case DECLINED -> "notifications.invitation.declined";
			case REVOKED -> "notifications.invitation.revoked";
			case REPLACED -> "notifications.invitation.replaced";
			case EXPIRED -> "notifications.invitation.expired";
		};
	}

}
