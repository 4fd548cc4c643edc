package org.chartfolio.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.chartfolio.dashboard.SupporterHomeScene.Supported;
import org.chartfolio.plan.PlanService;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.GoalEditBuilder.goal;

/**
 * A mentor's and a line manager's home pages show the people they support first, on a
 * desktop and on a phone, and each person's name leads where that supporter may go.
 */
@BrowserTest
class SupporterHomeJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private SupporterHomeScene supporters;

	@Autowired
	private PlanService plan;

	@Autowired
	private Clock clock;

	@Test
	void aMentorAndALineManagerSeeTheirPeopleAtDesktopAndPhoneWidths() {
		Supported scene = this.supporters.waitingForReview();
		LocalDate today = LocalDate.now(this.clock);
		this.plan.add(scene.candidate(), scene.portfolioId(),
				goal("Complete a First Aid course").target(today.plusDays(40)).build());

		for (Dimension size : new Dimension[] { new Dimension(1280, 1024), new Dimension(390, 844) }) {
			this.browser.driver().manage().window().setSize(size);

			signInAtHome(scene.mentor());
			assertThat(this.browser.text("h1")).as("mentor's heading at " + size).isEqualTo("The people you support");
			assertThat(this.browser.mainText()).contains("Nia Evans")
				.contains("My chartership portfolio · Mentor")
				.contains("1 section waiting for your review")
				.contains("1 unresolved comment")
				.contains("Next meeting:")
				.contains("Start your own portfolio")
				.doesNotContain("You have no portfolios yet");
			this.browser.click("1 section waiting for your review");
			assertThat(this.browser.path())
				.isEqualTo("/portfolios/" + scene.portfolioId() + "/sections/" + scene.statement().id() + "/review");
			this.browser.open("/");
			this.browser.click("Nia Evans");
			assertThat(this.browser.path()).isEqualTo("/portfolios/" + scene.portfolioId());
			// Signing out from a phone-width header may sit behind its menu; a fresh
			// session is what matters here.
			this.browser.driver().manage().deleteAllCookies();

			signInAtHome(scene.manager());
			assertThat(this.browser.mainText()).contains("The people you support")
				.contains("Nia Evans")
				.contains("My chartership portfolio · Line manager")
				.contains("Next meeting:")
				.doesNotContain("unresolved")
				.doesNotContain("You have no portfolios yet");
			this.browser.click("Nia Evans");
			assertThat(this.browser.path()).isEqualTo("/portfolios/" + scene.portfolioId() + "/progress");
			assertThat(this.browser.mainText()).contains("Complete a First Aid course")
				.contains("Mentor's last activity")
				.doesNotContain("reading group")
				.doesNotContain("What did the readers say");
			// Signing out from a phone-width header may sit behind its menu; a fresh
			// session is what matters here.
			this.browser.driver().manage().deleteAllCookies();
		}
		assertThat(this.browser.pagesChecked()).isGreaterThanOrEqualTo(12);
	}

}
