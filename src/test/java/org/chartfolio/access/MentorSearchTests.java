package org.chartfolio.access;

import java.time.Duration;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MentorSearchTests {

	@Autowired
	private MentorSearch search;

	@Autowired
	private InvitationService invitations;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MutableClock clock;

	@Test
	void anOpenMentorInvitationCountsUntilItsLinkExpires() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		assertThat(this.search.foundOrInvited(candidate, portfolioId)).isFalse();

		this.invitations.invite(candidate, portfolioId, "boss@example.org", PortfolioRole.LINE_MANAGER);
		assertThat(this.search.foundOrInvited(candidate, portfolioId)).as("a line manager is not a mentor").isFalse();

		this.invitations.invite(candidate, portfolioId, "mentor@example.org", PortfolioRole.MENTOR);
		assertThat(this.search.foundOrInvited(candidate, portfolioId)).isTrue();

		this.clock.advance(Duration.ofDays(14));
		assertThat(this.search.foundOrInvited(candidate, portfolioId)).as("the link has expired").isFalse();
	}

}
