package org.chartfolio.portfolio;

import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code portfolio_reader} view, which other modules' SQL joins to filter by who may read a
 * portfolio, says exactly what {@link PortfolioAccess#readable} says, for everybody who might ask.
 */
@IntegrationTest
class PortfolioReaderViewTests {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PortfolioAccess access;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theViewListsThoseWhomReadableLetsIn() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser mentor = this.fixtures.person("Mentor");
		SignedInUser formerMentor = this.fixtures.person("Former Mentor");
		SignedInUser manager = this.fixtures.person("Manager");
		SignedInUser stranger = this.fixtures.person("Stranger");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");
		this.memberships.join(portfolio, formerMentor, PortfolioRole.MENTOR);
		this.memberships.end(candidate, portfolio, this.memberships.members(candidate, portfolio).get(0).id());
		this.memberships.join(portfolio, mentor, PortfolioRole.MENTOR);
		this.memberships.join(portfolio, manager, PortfolioRole.LINE_MANAGER);

		Set<Long> inView = Set.copyOf(this.jdbc.sql("select account_id from portfolio_reader where portfolio_id = ?")
			.param(portfolio)
			.query(Long.class)
			.list());

		for (SignedInUser person : List.of(candidate, mentor, formerMentor, manager, stranger)) {
			assertThat(inView.contains(person.id())).as(person.getDisplayName() + " in portfolio_reader")
				.isEqualTo(readable(person, portfolio));
		}
		assertThat(inView).containsExactlyInAnyOrder(candidate.id(), mentor.id());
	}

	private boolean readable(SignedInUser person, long portfolio) {
		try {
			this.access.readable(person, portfolio);
			return true;
		}
		catch (PortfolioNotFoundException refused) {
			return false;
		}
	}

}
