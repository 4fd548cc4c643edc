package org.chartfolio.portfolio;

import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code portfolio_reader} view, which other modules' SQL joins to filter by who may
 * read a portfolio, says exactly what {@link PortfolioAccess#readable} says, for
 * everybody who might ask.
 */
@IntegrationTest
class PortfolioReaderViewTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private PortfolioAccess access;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theViewListsThoseWhomReadableLetsIn() {
		SignedInUser mentor = this.scene.person("Mentor");
		SignedInUser manager = this.scene.person("Manager");
		SignedInUser stranger = this.scene.person("Stranger");
		Portfolio p = this.scene.candidate("Candidate").mentor("Former Mentor").portfolio("chartership");
		this.memberships.end(p.candidate(), p.id(), this.memberships.members(p.candidate(), p.id()).get(0).id());
		this.memberships.join(p.id(), mentor, PortfolioRole.MENTOR);
		this.memberships.join(p.id(), manager, PortfolioRole.LINE_MANAGER);

		Set<Long> inView = Set.copyOf(this.jdbc.sql("select account_id from portfolio_reader where portfolio_id = ?")
			.param(p.id())
			.query(Long.class)
			.list());

		for (SignedInUser person : List.of(p.candidate(), mentor, p.mentor(), manager, stranger)) {
			assertThat(inView.contains(person.id())).as(person.getDisplayName() + " in portfolio_reader")
				.isEqualTo(readable(person, p.id()));
		}
		assertThat(inView).containsExactlyInAnyOrder(p.candidate().id(), mentor.id());
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
