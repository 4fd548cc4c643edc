package org.chartfolio.access;

import java.time.Instant;

/**
 * An invitation stopped waiting for an answer: its invitee accepted or declined it, or
 * the candidate revoked it. Published inside the transaction that closed it, so that
 * whoever told the invitee about it (the notification module) can stop showing it. Expiry
 * has no event: it is a matter of time, and {@link InvitationIssued#expiresAt()} says
 * when.
 *
 * @param invitationId the invitation, as {@link InvitationIssued#invitationId()} named it
 * @param portfolioId the portfolio it was for
 * @param outcome how it ended
 * @param at when
 */
public record InvitationClosed(long invitationId, long portfolioId, Outcome outcome, Instant at) {

	public enum Outcome {

		ACCEPTED, DECLINED, REVOKED

	}

}
