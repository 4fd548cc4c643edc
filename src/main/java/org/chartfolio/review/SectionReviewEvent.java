package org.chartfolio.review;

import java.time.Instant;

/**
 * Something happened in a section's review that the other party should hear about.
 * Published inside the transaction that made the change, so a listener that keeps a
 * record of it shares its fate.
 *
 * @param kind what happened
 * @param portfolioId the portfolio the section belongs to
 * @param sectionId the section
 * @param sectionTitle the section's title, as the candidate and the mentor see it
 * @param actorId the account that did it
 * @param actorName the name of whoever did it, as they call themselves
 * @param text the comment, the reason for reopening or the request for changes; empty
 * when none
 * @param at when it happened
 * @param threadId the comment thread it is about (a comment, a reply, a request for
 * changes); null when none
 */
public record SectionReviewEvent(Kind kind, long portfolioId, long sectionId, String sectionTitle, long actorId,
		String actorName, String text, Instant at, Long threadId) {

	/** A step about the whole section, in no thread. */
	public SectionReviewEvent(Kind kind, long portfolioId, long sectionId, String sectionTitle, long actorId,
			String actorName, String text, Instant at) {
		this(kind, portfolioId, sectionId, sectionTitle, actorId, actorName, text, at, null);
	}

	public enum Kind {

		/** The candidate asks the mentor to review the section. */
		READY_FOR_REVIEW,
		/** The mentor asks for changes, with a comment. */
		CHANGES_REQUESTED,
		/** The mentor approves the section, which locks it. */
		APPROVED,
		/** The candidate reopens an approved section, giving a reason. */
		REOPENED,
		/** Either of them comments on the section or replies in a thread. */
		COMMENTED

	}

}
