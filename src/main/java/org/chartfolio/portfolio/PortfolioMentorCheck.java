package org.chartfolio.portfolio;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.MentorCheck;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the account module whether somebody is the active mentor of a portfolio, for the
 * two-factor rule.
 */
@Component
@RequiredArgsConstructor
class PortfolioMentorCheck implements MentorCheck {

	private final Memberships memberships;

	@Override
	@Transactional(readOnly = true)
	public boolean mentorsAnyone(long accountId) {
		return this.memberships.existsByAccountIdAndRoleAndEndedAtIsNull(accountId, PortfolioRole.MENTOR);
	}

}
