package org.chartfolio.plan;

import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@BrowserTest
class PlanJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Test
	void aCandidateAddsAGoalAndClosesItWithEvidence() {
		Portfolio p = this.scene.candidate("Lisa Marsh").portfolio("certification");
		this.scene.evidence(p, evidence("First Aid certificate").kind(EvidenceKind.CERTIFICATE));
		signInAtHome(p.candidate());

		this.browser.open("/portfolios/" + p.id() + "/plan");
		assertThat(this.browser.mainText()).contains("No goals yet");
		this.browser.click("Add a goal");
		this.browser.click("Save goal");
		assertThat(this.browser.text(".error-summary")).contains("Enter what you want to achieve");

		this.browser.fill("title", "Complete a First Aid course")
			.fill("reason", "Generic skills: customer focus")
			.fill("actions", "Book the St John Ambulance course")
			.click("Save goal");
		assertThat(this.browser.mainText()).contains("Your goal has been added")
			.contains("Complete a First Aid course")
			.contains("Planned");

		this.browser.click("Edit");
		this.browser.choose("Done").click("Save goal");
		assertThat(this.browser.text(".error-summary")).contains("Describe the outcome before marking the goal done");
		assertThat(this.browser.value("title")).isEqualTo("Complete a First Aid course");

		this.browser.fill("outcome", "Passed. I now cover first aid on late shifts.").click("Save goal");
		assertThat(this.browser.mainText()).contains("Done, but no evidence linked");

		this.browser.click("Edit");
		this.browser.choose("E1 First Aid certificate").click("Save goal");
		assertThat(this.browser.mainText()).contains("Your goal has been saved")
			.contains("E1 First Aid certificate")
			.doesNotContain("Done, but no evidence linked");

		this.browser.click("Delete");
		assertThat(this.browser.mainText()).contains("moved to the bin").contains("No goals yet");
		this.browser.click("Bin");
		assertThat(this.browser.mainText()).contains("Complete a First Aid course");
		this.browser.click("Restore");
		assertThat(this.browser.mainText()).contains("The goal has been restored")
			.contains("Complete a First Aid course");
	}

}
