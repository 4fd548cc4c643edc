package org.chartfolio.system;

import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
			this.mvc.perform(get(page))
				.andExpect(content().string(containsString("href=\"/privacy\">Privacy notice</a>")))
				.andExpect(content().string(containsString("href=\"/accessibility\">Accessibility statement</a>")));
		}
		this.mvc.perform(get("/").with(user(this.fixtures.person("Reader"))))
			.andExpect(content().string(containsString("href=\"/privacy\">Privacy notice</a>")))
			.andExpect(content().string(containsString("href=\"/accessibility\">Accessibility statement</a>")));
	}

	@Test
	void thePrivacyNoticeSaysWhatIsKeptForHowLongWhoSeesItAndHowToDeleteIt() throws Exception {
		this.mvc.perform(get("/privacy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What Chartfolio keeps")))
			.andExpect(content().string(containsString("restore them for 30 days")))
			.andExpect(content().string(containsString("A PDF export waits for download for one hour")))
			.andExpect(content().string(containsString("after 60 minutes unused")))
			.andExpect(content().string(containsString("Only sections you share")))
			.andExpect(content().string(containsString("Delete your account on your account page")))
			.andExpect(content()
				.string(containsString("comments and meeting notes you wrote in somebody else&#39;s portfolio")));
	}

	@Test
	void everyListOnTheInformationPagesFindsItsWords() throws Exception {
		// The lists name their items' messages in the template, out of MessagesTests'
		// sight; a message missing would show as ??key_locale??.
		for (String page : new String[] { "/privacy", "/accessibility" }) {
			this.mvc.perform(get(page)).andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void theAccessibilityStatementSaysTheTargetHowItIsTestedAndHowToReport() throws Exception {
		this.mvc.perform(get("/accessibility"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WCAG) 2.2 at level AA")))
			.andExpect(content().string(containsString("checked with axe-core")))
			.andExpect(content().string(containsString("without JavaScript")))
			.andExpect(content().string(containsString("Known limitations")))
			.andExpect(content().string(containsString("Reporting a problem")));
	}

}
