package org.chartfolio.directory;

import lombok.RequiredArgsConstructor;
import org.chartfolio.portfolio.EvidenceGrant;

import org.springframework.stereotype.Component;

/**
 * The directory's row of the permission table: the mentor a candidate asked may read the
 * evidence item sent as the candidate's CV, while the request waits for their answer, and
 * no other item.
 */
@Component
@RequiredArgsConstructor
class CvGrant implements EvidenceGrant {

	private final MentorRequests requests;

	@Override
	public boolean grants(long personId, long portfolioId, long evidenceId) {
		return this.requests.existsByPortfolioIdAndMentorIdAndCvEvidenceIdAndStatus(portfolioId, personId, evidenceId,
				MentorRequest.Status.OPEN);
	}

}
