package org.chartfolio.access;

import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.chartfolio.portfolio.PortfolioRole;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes access changes that happen outside invitations into the portfolio's activity
 * log, so the candidate's people page tells the whole story.
 */
@Service
@RequiredArgsConstructor
public class AccessLog {

	private final AccessActivities activities;

	/**
	 * A mentor accepted a candidate's request from the mentor directory and became the
	 * portfolio's mentor. Called in the transaction that made them a member, after it has
	 * checked who may.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void mentorAcceptedRequest(long portfolioId, String mentorName, String candidateName, Instant at) {
		this.activities.save(new AccessActivity(portfolioId, mentorName,
				AccessActivity.Action.DIRECTORY_REQUEST_ACCEPTED, PortfolioRole.MENTOR, candidateName, at));
	}

}
