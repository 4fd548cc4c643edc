package org.chartfolio.writing;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement editor in a browser that runs none of the app's scripts: it says to press
 * Save, and Save keeps the text.
 */
@BrowserTest
class WritingWithoutJavaScriptBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Override
	protected boolean javaScript() {
		return false;
	}

	@Test
	void theEditorSaysAutosaveNeedsJavaScriptAndSaveKeepsTheText() {
		Portfolio p = this.scene.candidate("Nadia Rahman").portfolio("certification");
		signInAtHome(p.candidate());

		this.browser.open("/portfolios/" + p.id());
		this.browser.click("Criterion 1: Personal performance");
		this.browser.click("Start writing");
		assertThat(this.browser.mainText()).contains("Autosave and the live word count need JavaScript")
			.contains("press Save to keep your changes");

		this.browser.fill("body", "I ran the induction sessions for new staff.");
		this.browser.click("Save");
		assertThat(this.browser.mainText()).contains("I ran the induction sessions for new staff.");
	}

}
