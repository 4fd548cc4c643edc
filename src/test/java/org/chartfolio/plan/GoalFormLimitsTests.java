package org.chartfolio.plan;

import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A goal's reason, actions and outcome have a limit, the same one the import holds a ZIP
 * to.
 */
@IntegrationTest
class GoalFormLimitsTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aReasonLongerThanTheLimitIsRefusedNextToTheFieldAndKept() throws Exception {
		Portfolio p = this.scene.candidate("Ada Candidate").portfolio("certification");
		String reason = "r".repeat(Goal.MAX_TEXT_LENGTH + 1);
		String page = this.mvc
			.perform(post("/portfolios/" + p.id() + "/plan").param("title", "First Aid")
				.param("reason", reason)
				.param("status", "PLANNED")
				.with(user(p.candidate()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The reason must be 20,000 characters or fewer").contains(reason);
		assertThat(this.jdbc.sql("select count(*) from goal where portfolio_id = ?")
			.param(p.id())
			.query(Long.class)
			.single()).isZero();
	}

}
