package org.chartfolio.cpd;

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

/** A CPD reflection has a limit, the same one the import holds a ZIP to. */
@IntegrationTest
class CpdFormLimitsTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aReflectionLongerThanTheLimitIsRefusedNextToTheField() throws Exception {
		Portfolio p = this.scene.candidate("Rae Validating").portfolio("revalidation");
		String page = this.mvc
			.perform(post("/portfolios/" + p.id() + "/cpd").param("date", "2026-01-10")
				.param("title", "Cataloguing course")
				.param("hours", "6.5")
				.param("reflection", "r".repeat(CpdActivity.MAX_REFLECTION_LENGTH + 1))
				.with(user(p.candidate()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The reflection must be 20,000 characters or fewer");
		assertThat(this.jdbc.sql("select count(*) from cpd_activity where portfolio_id = ?")
			.param(p.id())
			.query(Long.class)
			.single()).isZero();
	}

}
