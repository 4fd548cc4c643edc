package org.chartfolio.dashboard;

import java.time.Duration;
import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new candidate follows the first steps on the overview to an invitation link, copies
 * it with the Copy button, and the invitee, signed out, sees who invites them, registers
 * from that page and accepts; the step then ticks itself. At desktop width and at phone
 * width.
 */
@BrowserTest
class FirstStepsJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "willow compass evening";

	@Test
	void atDesktopWidthTheFirstStepsLeadToAnInvitationCopiedAndAccepted() {
		this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
		journey();
	}

	@Test
	void atPhoneWidthTheFirstStepsLeadToAnInvitationCopiedAndAccepted() {
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			journey();
		}
		finally {
			this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
		}
	}

	private void journey() {
		String candidateEmail = "first-" + UUID.randomUUID() + "@example.org";
		String mentorEmail = "mentor-" + UUID.randomUUID() + "@example.org";
		registerAndSignIn("Nia Evans", candidateEmail, PASSWORD);
		String overview = startPortfolio("Chartership (MCLIP)", "Nia's Chartership");
		assertThat(this.browser.text("#first-steps")).contains("First steps").contains("0 of 5 done");

		this.browser.click("Find or invite a mentor");
		assertThat(this.browser.path()).isEqualTo(overview + "/people");
		assertThat(this.browser.mainText()).contains("find a mentor in the mentor directory");
		this.browser.fill("email", mentorEmail).choose("Mentor").click("Create invitation link");
		String link = this.browser.value("new-link");
		assertThat(link).contains("/invitations/");
		assertThat(this.browser.value("new-link-message")).contains("I'd like you to be my mentor").contains(link);
		this.browser.click("Copy link");
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(5))
			.until((driver) -> !driver.findElement(By.cssSelector(".copy-status")).getText().isEmpty());
		assertThat(this.browser.text(".copy-status")).startsWith("Copied.");
		this.browser.click("Sign out");

		this.browser.open(link.substring(link.indexOf("/invitations/")));
		assertThat(this.browser.path()).startsWith("/invitations/");
		assertThat(this.browser.mainText())
			.contains("Nia Evans invites you to be the Mentor for the portfolio \"Nia's Chartership\"");
		registerFromHereAndSignIn("Ruth Okoro", mentorEmail, PASSWORD);
		assertThat(this.browser.path()).startsWith("/invitations/");
		this.browser.click("Accept");
		assertThat(this.browser.mainText()).contains("Invitation accepted");
		this.browser.click("Sign out");

		signInAs(candidateEmail, PASSWORD);
		this.browser.open(overview);
		assertThat(this.browser.text("#first-steps")).contains("1 of 5 done");
		assertThat(this.browser.driver().findElement(By.id("first-step-mentor")).getAttribute("class"))
			.contains("first-step-done");
		this.browser.click("Hide these first steps");
		assertThat(this.browser.mainText()).contains("The first steps are hidden")
			.doesNotContain("Find or invite a mentor");
	}

}
