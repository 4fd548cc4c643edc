package org.chartfolio.access;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the candidate has got in finding a mentor, for the first steps on the overview.
 */
@Service
@RequiredArgsConstructor
public class MentorSearch {

	private final PortfolioMemberships memberships;

	private final Invitations invitations;

	private final Clock clock;

	/**
	 * Whether the portfolio has a mentor or a working invitation of one; for its
	 * candidate only.
	 */
	@Transactional(readOnly = true)
	public boolean foundOrInvited(SignedInUser owner, long portfolioId) {
		boolean mentor = this.memberships.members(owner, portfolioId)
			.stream()
			.anyMatch((member) -> member.role() == PortfolioRole.MENTOR);
		return mentor || this.invitations.existsByPortfolioIdAndRoleAndStateAndExpiresAtAfter(portfolioId,
				PortfolioRole.MENTOR, Invitation.State.OPEN, this.clock.instant());
	}

}
