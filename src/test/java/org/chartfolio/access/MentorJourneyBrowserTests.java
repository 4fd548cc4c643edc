package org.chartfolio.access;

import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class MentorJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "willow compass evening";

	@Test
	void aCandidateInvitesAMentorWhoReadsThePortfolioUntilAccessEnds() {
		String candidateEmail = "cand-" + UUID.randomUUID() + "@example.org";
		String mentorEmail = "mentor-" + UUID.randomUUID() + "@example.org";
		registerAndSignIn("Aisha Khan", candidateEmail, PASSWORD);
		String overview = startPortfolio("Certification (ACLIP)", "Aisha's Certification");

		this.browser.click("People");
		assertThat(this.browser.mainText()).contains("pass it on by hand")
			.contains("Nobody but you can see this portfolio.");
		this.browser.fill("email", mentorEmail).choose("Mentor").click("Create invitation link");
		assertThat(this.browser.mainText()).contains("Invitation created").contains(mentorEmail);
		String link = this.browser.value("new-link");
		assertThat(link).contains("/invitations/");
		this.browser.click("Sign out");

		this.browser.open(link.substring(link.indexOf("/invitations/")));
		assertThat(this.browser.path()).startsWith("/invitations/");
		assertThat(this.browser.mainText()).contains("Aisha Khan invites you to be the Mentor");
		registerFromHereAndSignIn("Tom Reed", mentorEmail, PASSWORD);
		assertThat(this.browser.path()).startsWith("/invitations/");
		assertThat(this.browser.mainText())
			.contains("Aisha Khan invites you to be the Mentor for the portfolio \"Aisha's Certification\"");
		this.browser.click("Accept");

		assertThat(this.browser.path()).isEqualTo("/");
		assertThat(this.browser.mainText()).contains("Invitation accepted")
			.contains("Portfolios you support")
			.contains("Aisha's Certification · Mentor");
		this.browser.click("Aisha Khan");
		assertThat(this.browser.path()).isEqualTo(overview);
		assertThat(this.browser.text(".portfolio-nav")).doesNotContain("People").doesNotContain("Quick capture");
		this.browser.click("Criterion 1: Personal performance");
		String section = this.browser.path();
		assertThat(section).contains("/sections/");
		assertThat(this.browser.mainText()).doesNotContain("Start writing").doesNotContain("Edit");
		this.browser.click("Sign out");

		signInAtHome(candidateEmail, PASSWORD);
		this.browser.open(overview + "/people");
		assertThat(this.browser.mainText()).contains("Tom Reed").contains("Tom Reed accepted the invitation");
		this.browser.click("End access");
		assertThat(this.browser.mainText()).contains("Access ended")
			.contains("Aisha Khan ended access for Tom Reed (Mentor)");
		this.browser.click("Sign out");

		signInAtHome(mentorEmail, PASSWORD);
		assertThat(this.browser.mainText()).doesNotContain("Portfolios you support");
		this.browser.open(section);
		assertThat(this.browser.mainText()).contains("Page not found").doesNotContain("Aisha's Certification");
	}

}
