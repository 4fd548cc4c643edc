package org.chartfolio.access;

import java.time.Instant;

import org.chartfolio.portfolio.PortfolioRole;

/**
 * A candidate issued an invitation link, first or anew. Published inside the transaction
 * that stored the link's hash; the link itself exists only here and on the candidate's
 * screen, never in the database.
 *
 * @param invitationId the invitation; a new link for it keeps the id, and
 * {@link InvitationClosed} names it
 * @param portfolioId the portfolio the invitation is for
 * @param portfolioTitle its title
 * @param inviterName the candidate's name
 * @param email the address the invitation is for
 * @param role mentor or line manager
 * @param link the absolute link that accepts the invitation
 * @param expiresAt when the link stops working
 */
public record InvitationIssued(long invitationId, long portfolioId, String portfolioTitle, String inviterName,
		String email, PortfolioRole role, String link, Instant expiresAt) {

}
