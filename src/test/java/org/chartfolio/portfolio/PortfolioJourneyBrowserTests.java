package org.chartfolio.portfolio;

import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class PortfolioJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "amber signal notebook";

	@Test
	void aCandidateStartsAPortfolioAndSeesItsSections() {
		register("Lisa Marsh");
		assertThat(this.browser.mainText()).contains("You have no portfolios yet");

		this.browser.click("Start your portfolio");
		this.browser.click("Start portfolio");
		assertThat(this.browser.text(".error-summary")).contains("Choose the route you are taking")
			.contains("Enter a title for your portfolio");

		this.browser.choose("Certification (ACLIP)")
			.fill("title", "My Certification portfolio")
			.click("Start portfolio");

		assertThat(this.browser.path()).matches("/portfolios/\\d+");
		assertThat(this.browser.mainText()).contains("Your portfolio is ready")
			.contains("Certification (ACLIP)")
			.contains("Criterion 1: Personal performance")
			.contains("Criterion 2: Organisational context")
			.contains("Criterion 3: Wider professional context")
			.contains("Annotated CV")
			.contains("Annotated job description")
			.contains("Organisational context")
			.contains("PKSB self-assessment")
			.contains("Development plan")
			.contains("Mentor's completion statement");
		assertThat(this.browser.driver().findElements(org.openqa.selenium.By.cssSelector("main table tbody tr")))
			.hasSize(9);
		String overview = this.browser.path();

		this.browser.open("/");
		assertThat(this.browser.mainText()).contains("My Certification portfolio")
			.doesNotContain("You have no portfolios yet");

		this.browser.click("Sign out");
		register("Someone Else");
		this.browser.open(overview);
		assertThat(this.browser.mainText()).contains("Page not found").doesNotContain("My Certification portfolio");
	}

	private void register(String name) {
		registerAndSignIn(name, "p-" + UUID.randomUUID() + "@example.org", PASSWORD);
		assertThat(this.browser.path()).isEqualTo("/");
	}

}
