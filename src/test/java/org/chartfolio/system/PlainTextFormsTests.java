package org.chartfolio.system;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Names and titles with a bidi override or a zero-width character come back with the
 * message at the field.
 */
@IntegrationTest
class PlainTextFormsTests {

	private static final String MESSAGE = "Remove the hidden characters";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aNameWithARightToLeftOverrideIsRefusedNextToTheFieldAndKeptInIt() throws Exception {
		SignedInUser person = this.scene.person("Plain Name");

		this.mvc.perform(post("/account/name").with(user(person)).with(csrf()).param("name", "Ruth \u202Eefakoruth"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString(MESSAGE)))
			.andExpect(content().string(containsString("value=\"Ruth \u202Eefakoruth\"")));

		assertThat(this.jdbc.sql("select display_name from account where id = ?")
			.param(person.id())
			.query(String.class)
			.single()).isEqualTo("Plain Name");
	}

	@Test
	void registrationRefusesAZeroWidthSpaceInTheName() throws Exception {
		assertRefusedAsHidden(post("/register").with(csrf())
			.param("name", "Ruth\u200BOkafor")
			.param("email", "zero.width@chartfolio.test")
			.param("password", "a long enough passphrase tulip"), "name");
	}

	@Test
	void portfolioAndGoalTitlesRefuseIsolatesAndTheByteOrderMark() throws Exception {
		SignedInUser candidate = this.scene.person("Plain Candidate");
		assertRefusedAsHidden(post("/portfolios").with(user(candidate))
			.with(csrf())
			.param("route", "certification")
			.param("title", "My \u2067portfolio\u2069"), "title");

		long portfolioId = this.scene.portfolio(candidate, "certification");
		assertRefusedAsHidden(post("/portfolios/" + portfolioId + "/plan").with(user(candidate))
			.with(csrf())
			.param("title", "\uFEFFFirst Aid")
			.param("status", "PLANNED"), "title");
	}

	@Test
	void evidenceTitlesTagsAndMeetingActionsRefuseZeroWidthAndDirectionMarks() throws Exception {
		Portfolio p = this.scene.candidate("Plain Evidence").portfolio("certification");
		assertRefusedAsHidden(multipart("/portfolios/" + p.id() + "/evidence/new").with(user(p.candidate()))
			.with(csrf())
			.param("title", "Minutes‍")
			.param("tags", "displays, ‏reading"), "title", "tags");

		assertRefusedAsHidden(post("/portfolios/" + p.id() + "/meetings").with(user(p.candidate()))
			.with(csrf())
			.param("heldOn", "2026-11-30")
			.param("mode", "VIDEO")
			.param("actions[0].text", "Send ‫the CV"));
		assertThat(this.jdbc.sql("select count(*) from meeting where portfolio_id = ?")
			.param(p.id())
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * The form is shown again, saying to remove the hidden characters, with an error next
	 * to each of these fields.
	 */
	private void assertRefusedAsHidden(RequestBuilder form, String... fields) throws Exception {
		String page = this.mvc.perform(form).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (String field : fields) {
			assertThat(page).contains("id=\"" + field + "-error\"");
		}
		assertThat(page).contains(MESSAGE);
	}

}
