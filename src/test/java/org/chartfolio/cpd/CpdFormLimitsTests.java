package org.chartfolio.cpd;

import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A CPD reflection has a limit, the same one the import holds a ZIP to. */
@IntegrationTest
class CpdFormLimitsTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private Pages pages;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aReflectionLongerThanTheLimitIsRefusedNextToTheField() throws Exception {
		Portfolio p = this.scene.candidate("Rae Validating").portfolio("revalidation");
		String page = this.pages.refused(p.candidate(),
				post("/portfolios/" + p.id() + "/cpd").param("date", "2026-01-10")
					.param("title", "Cataloguing course")
					.param("hours", "6.5")
					.param("reflection", "r".repeat(CpdActivity.MAX_REFLECTION_LENGTH + 1)));
		assertThat(page).contains("The reflection must be 20,000 characters or fewer");
		assertThat(this.jdbc.sql("select count(*) from cpd_activity where portfolio_id = ?")
			.param(p.id())
			.query(Long.class)
			.single()).isZero();
	}

}
