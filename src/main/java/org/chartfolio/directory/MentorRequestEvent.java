package org.chartfolio.directory;

import java.time.Instant;

/**
 * A mentor request was sent, or answered (accepted, declined) or withdrawn. Published
 * inside the transaction that made the change, for notifications to pick up.
 *
 * @param kind what happened
 * @param requestId the request
 * @param portfolioId the portfolio it is about
 * @param candidateId the candidate who sent it
 * @param mentorId the mentor it is addressed to
 * @param at when it happened
 */
public record MentorRequestEvent(Kind kind, long requestId, long portfolioId, long candidateId, long mentorId,
		Instant at) {

	public enum Kind {

		SENT, ACCEPTED, DECLINED, WITHDRAWN

	}

}
