package org.chartfolio.cpd;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class CpdJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Test
	void aRevalidatingMemberLogsHoursTowardsTwenty() {
		Portfolio p = this.scene.candidate("Rev Alidating").portfolio("revalidation");
		signInAs(p.candidate());

		this.browser.open("/portfolios/" + p.id() + "/cpd");
		assertThat(this.browser.mainText()).contains("0 of 20 hours logged in the last 12 months")
			.contains("20 more hours are needed");

		this.browser.fill("title", "Webinar on information literacy").fill("hours", "an hour").click("Add to log");
		assertThat(this.browser.text(".error-summary")).contains("Enter the date of the activity")
			.contains("Enter a number, for example 1.5");
		assertThat(this.browser.value("title")).isEqualTo("Webinar on information literacy");

		this.browser.driver().findElement(org.openqa.selenium.By.id("date")).sendKeys("01012020");
		this.browser.fill("hours", "1.5").click("Add to log");
		assertThat(this.browser.mainText()).contains("The activity has been added")
			.contains("Outside the period that counts")
			.contains("0 of 20 hours");

		this.browser.click("Edit");
		this.browser.driver().findElement(org.openqa.selenium.By.id("date")).clear();
		this.browser.driver()
			.findElement(org.openqa.selenium.By.id("date"))
			.sendKeys(java.time.LocalDate.now()
				.minusDays(3)
				.format(java.time.format.DateTimeFormatter.ofPattern("MMddyyyy")));
		this.browser.click("Save activity");
		assertThat(this.browser.mainText()).contains("1.5 of 20 hours").contains("18.5 more hours are needed");

		this.browser.click("Delete");
		assertThat(this.browser.mainText()).contains("The activity has been deleted").contains("Nothing logged yet");
	}

}
