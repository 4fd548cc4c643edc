package org.chartfolio.dashboard;

import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without JavaScript the invitation link and its message are read-only fields to select,
 * and no Copy button shows.
 */
@BrowserTest
class FirstStepsNoScriptBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "willow compass evening";

	@Override
	protected boolean javaScript() {
		return false;
	}

	@Test
	void withoutJavaScriptTheLinkIsAFieldToSelectAndCopy() {
		registerAndSignIn("Owen Price", "noscript-" + UUID.randomUUID() + "@example.org", PASSWORD);
		startPortfolio("Chartership (MCLIP)", "Owen's Chartership");
		this.browser.click("Find or invite a mentor");
		this.browser.fill("email", "someone-" + UUID.randomUUID() + "@example.org")
			.choose("Mentor")
			.click("Create invitation link");

		assertThat(this.browser.value("new-link")).contains("/invitations/");
		assertThat(this.browser.driver().findElement(By.id("new-link")).getAttribute("readonly")).isNotNull();
		assertThat(this.browser.driver().findElement(By.id("new-link-message")).isDisplayed()).isTrue();
		assertThat(this.browser.driver().findElements(By.cssSelector("[data-copy]")))
			.allSatisfy((button) -> assertThat(button.isDisplayed()).isFalse());
	}

}
