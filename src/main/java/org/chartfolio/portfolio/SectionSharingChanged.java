package org.chartfolio.portfolio;

import java.time.Instant;

/**
 * The candidate shared a written section with their line manager, or stopped sharing it.
 * Published in the transaction that made the change, so that the access log records it
 * with the change.
 *
 * @param sectionTitle the criterion heading of a statement, or null: then the section is
 * named by {@link SectionKind#messageKey()}
 * @param portfolioTitle the portfolio's title, for the line manager's notification
 * @param lineManagerId the account of the line manager the section is shared with, whom
 * the notification module tells
 */
public record SectionSharingChanged(long portfolioId, long sectionId, SectionKind kind, String sectionTitle,
		boolean shared, String actorName, String lineManagerName, Instant at, String portfolioTitle,
		long lineManagerId) {
}
