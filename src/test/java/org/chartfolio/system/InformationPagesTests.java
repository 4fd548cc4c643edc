package org.chartfolio.system;

import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InformationPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Test
	void everyPageLinksBothFromItsFooterSignedInOrNot() throws Exception {
		for (String page : new String[] { "/login", "/register", "/password/forgot", "/privacy" }) {
			assertThat(page(page)).contains("href=\"/privacy\">Privacy notice</a>",
					"href=\"/accessibility\">Accessibility statement</a>");
		}
		this.mvc.perform(get("/").with(user(this.fixtures.person("Reader"))))
			.andExpect(content().string(containsString("href=\"/privacy\">Privacy notice</a>")))
			.andExpect(content().string(containsString("href=\"/accessibility\">Accessibility statement</a>")));
	}

	@Test
	void thePrivacyNoticeSaysWhatIsKeptForHowLongWhoSeesItAndHowToDeleteIt() throws Exception {
		assertThat(page("/privacy")).contains("What Chartfolio keeps", "restore them for 30 days",
				"A PDF export waits for download for one hour", "after 60 minutes unused", "Only sections you share",
				"Delete your account on your account page",
				"comments and meeting notes you wrote in somebody else&#39;s portfolio");
	}

	@Test
	void everyListOnTheInformationPagesFindsItsWords() throws Exception {
		// The lists name their items' messages in the template, out of MessagesTests'
		// sight; a message missing would show as ??key_locale??.
		for (String page : new String[] { "/privacy", "/accessibility" }) {
			assertThat(page(page)).doesNotContain("??");
		}
	}

	@Test
	void theAccessibilityStatementSaysTheTargetHowItIsTestedAndHowToReport() throws Exception {
		assertThat(page("/accessibility")).contains("WCAG) 2.2 at level AA", "checked with axe-core",
				"without JavaScript", "Known limitations", "Reporting a problem");
	}

	/** The page at this path as somebody signed out sees it. */
	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
