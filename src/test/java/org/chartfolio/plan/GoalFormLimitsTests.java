package org.chartfolio.plan;

import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A goal's reason, actions and outcome have a limit, the same one the import holds a ZIP
 * to.
 */
@IntegrationTest
class GoalFormLimitsTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private Pages pages;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aReasonLongerThanTheLimitIsRefusedNextToTheFieldAndKept() throws Exception {
		Portfolio p = this.scene.candidate("Ada Candidate").portfolio("certification");
		String reason = "r".repeat(Goal.MAX_TEXT_LENGTH + 1);
		String page = this.pages.refused(p.candidate(),
				post("/portfolios/" + p.id() + "/plan").param("title", "First Aid")
					.param("reason", reason)
					.param("status", "PLANNED"));
		assertThat(page).contains("The reason must be 20,000 characters or fewer").contains(reason);
		assertThat(this.jdbc.sql("select count(*) from goal where portfolio_id = ?")
			.param(p.id())
			.query(Long.class)
			.single()).isZero();
	}

}
