package org.chartfolio.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The new-portfolio form, refused: its error summary follows the order of the form's
 * fields.
 */
@IntegrationTest
class PortfolioFormWebTests {

	private static final Pattern SUMMARY_LINK = Pattern.compile("<li>\\s*<a href=\"#([\\w-]+)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Test
	void theErrorSummaryListsTheFieldsInTheOrderOfTheForm() throws Exception {
		SignedInUser candidate = this.fixtures.person("Orderly Candidate");
		for (int attempt = 0; attempt < 5; attempt++) {
			String page = this.mvc
				.perform(post("/portfolios").with(user(candidate))
					.with(csrf())
					.param("route", "")
					.param("title", "")
					.param("targetDate", "not a date"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String summary = page.substring(page.indexOf("error-summary"),
					page.indexOf("</ul>", page.indexOf("error-summary")));
			assertThat(linkedFields(summary)).containsExactly("route", "title", "targetDate");
		}
	}

	private static List<String> linkedFields(String summary) {
		List<String> fields = new ArrayList<>();
		Matcher matcher = SUMMARY_LINK.matcher(summary);
		while (matcher.find()) {
			fields.add(matcher.group(1));
		}
		return fields;
	}

}
