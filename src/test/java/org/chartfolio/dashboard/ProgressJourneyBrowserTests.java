package org.chartfolio.dashboard;

import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@BrowserTest
class ProgressJourneyBrowserTests extends BrowserJourney {

	private static final String MANAGER_PASSWORD = "harbour lantern quietly";

	@Autowired
	private PortfolioScene scene;

	@Test
	void aLineManagerFollowsProgressAndReadsOnlyTheSectionTheCandidateShares() {
		Portfolio p = this.scene.candidate("Aisha Khan").portfolio("certification");
		this.scene.evidence(p, evidence("Appraisal notes"));
		this.scene.write(p, p.section(0).id(),
				"Running the **homework club** taught me to plan around the pupils [E1].");
		String section = "/portfolios/" + p.id() + "/sections/" + p.section(0).id();
		String managerEmail = "manager-" + UUID.randomUUID() + "@example.org";

		// The candidate invites their line manager, who accepts.
		signInAtHome(p.candidate());
		this.browser.open("/portfolios/" + p.id() + "/people");
		this.browser.fill("email", managerEmail).choose("Line manager").click("Create invitation link");
		String link = this.browser.value("new-link");
		this.browser.click("Sign out");
		this.browser.open(link.substring(link.indexOf("/invitations/")));
		registerFromHereAndSignIn("Sam Price", managerEmail, MANAGER_PASSWORD);
		this.browser.click("Accept");

		// Home shows the portfolio's figures; its title leads to the progress page, not
		// the writing.
		assertThat(this.browser.mainText()).contains("Portfolios you support")
			.contains("My certification portfolio · Line manager")
			.contains("Statement words")
			.contains("11 of 1,000")
			.contains("Evidence items");
		this.browser.click("Aisha Khan");
		String progress = "/portfolios/" + p.id() + "/progress";
		assertThat(this.browser.path()).isEqualTo(progress);
		assertThat(this.browser.mainText()).contains("Progress of My certification portfolio")
			.contains("Criterion 1: Personal performance")
			.contains("Not shared")
			.contains("Last activity")
			.doesNotContain("homework club")
			.doesNotContain("Appraisal notes");
		this.browser.open(section);
		assertThat(this.browser.mainText()).contains("Page not found").doesNotContain("homework club");
		this.browser.click("Sign out");

		// The candidate shares the first statement.
		signInAtHome(p.candidate());
		this.browser.open(progress);
		this.browser.click("Share with line manager");
		assertThat(this.browser.mainText()).contains("Section shared with your line manager.").contains("Stop sharing");
		this.browser.click("Sign out");

		// The line manager reads it, with the citation as a label and no way to the
		// evidence.
		signInAtHome(managerEmail, MANAGER_PASSWORD);
		this.browser.open(progress);
		this.browser.click("Read this section");
		String shared = this.browser.path();
		assertThat(shared).isEqualTo(progress + "/sections/" + p.section(0).id());
		assertThat(this.browser.mainText()).contains("Running the homework club taught me")
			.contains("[E1]")
			.doesNotContain("Appraisal notes");
		assertThat(this.browser.driver().findElements(org.openqa.selenium.By.cssSelector("main a[href*='/evidence']")))
			.isEmpty();
		this.browser.open(section);
		assertThat(this.browser.mainText()).as("the section's own page stays closed").contains("Page not found");
		this.browser.click("Sign out");

		// The candidate stops sharing; the line manager's page is gone.
		signInAtHome(p.candidate());
		this.browser.open(progress);
		this.browser.click("Stop sharing");
		assertThat(this.browser.mainText()).contains("You stopped sharing").contains("Share with line manager");
		this.browser.open("/portfolios/" + p.id() + "/people");
		assertThat(this.browser.mainText()).contains("Aisha Khan shared the section \"Personal performance\"")
			.contains("Aisha Khan stopped sharing the section");
		this.browser.click("Sign out");

		signInAtHome(managerEmail, MANAGER_PASSWORD);
		this.browser.open(shared);
		assertThat(this.browser.mainText()).contains("Page not found").doesNotContain("homework club");
	}

}
