package org.chartfolio.meeting;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class MeetingJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Test
	void theMentorLogsAMeetingTheCandidateWorksAndThePreparationPageShowsWhatChanged() {
		Portfolio p = this.scene.candidate("Aisha Khan").mentor("Tom Reed").portfolio("certification");
		long section = p.section(0).id();
		this.scene.write(p, section, "I ran a display on local history.");
		String overview = "/portfolios/" + p.id();

		signInAtHome(p.mentor());
		this.browser.click("Mentoring");
		assertThat(this.browser.mainText()).contains("My certification portfolio").contains("Aisha Khan");
		this.browser.click("Aisha Khan");
		this.browser.click("Meetings");
		assertThat(this.browser.mainText()).contains("No meetings logged yet");
		this.browser.click("Log a meeting");
		this.browser.choose("Video call")
			.fill("notes", "We looked at the first criterion.")
			.fill("actions0.text", "Add a reflection on the display")
			.fill("actions1.text", "Upload the committee minutes")
			.click("Save meeting");
		assertThat(this.browser.mainText()).contains("Meeting logged.")
			.contains("Add a reflection on the display")
			.contains("Upload the committee minutes")
			.contains("Logged by Tom Reed");
		this.browser.click("Sign out");

		signInAtHome(p.candidate());
		this.browser.open(overview + "/sections/" + section);
		this.browser.click("Edit this section");
		this.browser.fill("body", "I ran a popular display on local history.");
		this.browser.click("Save");
		assertThat(this.browser.mainText()).contains("Your text has been saved.");
		this.browser.open(overview + "/evidence/capture");
		this.browser.fill("capture-title", "Committee minutes").fill("capture-note", "Minutes of the March meeting");
		this.browser.click("Save to evidence");
		this.browser.open(overview + "/meetings");
		this.browser.click("Prepare for the meeting");
		assertThat(this.browser.mainText()).contains("Changed since your last meeting on")
			.contains("Committee minutes")
			.contains("Add a reflection on the display")
			.contains("Upload the committee minutes");
		assertThat(this.browser.text(".diff ins")).contains("popular");
		assertThat(this.browser.driver().findElements(By.cssSelector(".action-item"))).hasSize(2);
		this.browser.click("Mark as done: Upload the committee minutes");
		assertThat(this.browser.path()).endsWith("/meetings/prepare#actions");
		assertThat(this.browser.mainText()).contains("Action marked as done.");
		assertThat(this.browser.driver().findElements(By.cssSelector(".action-item"))).hasSize(1);
		this.browser.click("Sign out");

		signInAtHome(p.mentor());
		this.browser.open(overview + "/meetings/prepare");
		assertThat(this.browser.mainText()).contains("popular")
			.contains("Add a reflection on the display")
			.doesNotContain("Upload the committee minutes");
		this.browser.open("/mentoring");
		assertThat(this.browser.mainText()).contains("1 section, 1 evidence item, 0 goals");
	}

}
