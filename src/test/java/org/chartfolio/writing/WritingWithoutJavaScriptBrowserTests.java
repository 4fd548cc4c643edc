package org.chartfolio.writing;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement editor in a browser that runs none of the app's scripts: it says to press Save, and Save keeps the text. */
@BrowserTest
class WritingWithoutJavaScriptBrowserTests extends BrowserJourney {

	@Autowired
	private Fixtures fixtures;

	@Override
	protected boolean javaScript() {
		return false;
	}

	@Test
	void theEditorSaysAutosaveNeedsJavaScriptAndSaveKeepsTheText() {
		SignedInUser candidate = this.fixtures.person("Nadia Rahman");
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		signIn(candidate);

		this.browser.open("/portfolios/" + portfolio);
		this.browser.click("Criterion 1: Personal performance");
		this.browser.click("Start writing");
		assertThat(this.browser.mainText()).contains("Autosave and the live word count need JavaScript")
			.contains("press Save to keep your changes");

		this.browser.fill("body", "I ran the induction sessions for new staff.");
		this.browser.click("Save");
		assertThat(this.browser.mainText()).contains("I ran the induction sessions for new staff.");
	}

	private void signIn(SignedInUser user) {
		this.browser.open("/login").fill("username", user.email()).fill("password", Fixtures.PASSWORD).click("Sign in");
		assertThat(this.browser.path()).isEqualTo("/");
	}

}
