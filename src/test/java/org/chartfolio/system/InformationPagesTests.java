package org.chartfolio.system;

import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InformationPagesTests {

	@Autowired
	private Pages pages;

	@Autowired
	private Fixtures fixtures;

	@Test
	void everyPageLinksBothFromItsFooterSignedInOrNot() throws Exception {
		for (String page : new String[] { "/login", "/register", "/password/forgot", "/privacy" }) {
			assertThat(this.pages.signedOut(page)).contains("href=\"/privacy\">Privacy notice</a>",
					"href=\"/accessibility\">Accessibility statement</a>");
		}
		assertThat(this.pages.as(this.fixtures.person("Reader"), "/")).contains("href=\"/privacy\">Privacy notice</a>",
				"href=\"/accessibility\">Accessibility statement</a>");
	}

	@Test
	void thePrivacyNoticeSaysWhatIsKeptForHowLongWhoSeesItAndHowToDeleteIt() throws Exception {
		assertThat(this.pages.signedOut("/privacy")).contains("What Chartfolio keeps", "restore them for 30 days",
				"A PDF export waits for download for one hour", "after 60 minutes unused", "Only sections you share",
				"Delete your account on your account page",
				"comments and meeting notes you wrote in somebody else&#39;s portfolio");
	}

	@Test
	void everyListOnTheInformationPagesFindsItsWords() throws Exception {
		// The lists name their items' messages in the template, out of MessagesTests'
		// sight; a message missing would show as ??key_locale??.
		for (String page : new String[] { "/privacy", "/accessibility" }) {
			assertThat(this.pages.signedOut(page)).doesNotContain("??");
		}
	}

	@Test
	void theAccessibilityStatementSaysTheTargetHowItIsTestedAndHowToReport() throws Exception {
		assertThat(this.pages.signedOut("/accessibility")).contains("WCAG) 2.2 at level AA", "checked with axe-core",
				"without JavaScript", "Known limitations", "Reporting a problem");
	}

}
