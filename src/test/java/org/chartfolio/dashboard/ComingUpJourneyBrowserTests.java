package org.chartfolio.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.meeting.MeetingMode;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate part-way through, as in the demo, with a meeting twelve days away: the
 * overview says so and the meeting's preparation is one click from it, at desktop and at
 * phone width.
 */
@BrowserTest
class ComingUpJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MeetingService meetings;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private java.time.Clock clock;

	@Test
	void atDesktopWidthTheCandidateReachesTheMeetingPreparationInOneClick() {
		this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
		journey("Lisa Marsh at a desk");
	}

	@Test
	void atPhoneWidthTheCandidateReachesTheMeetingPreparationInOneClick() {
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			journey("Lisa Marsh on a phone");
		}
		finally {
			this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
		}
	}

	private void journey(String name) {
		SignedInUser candidate = this.fixtures.person(name);
		long id = this.fixtures.portfolio(candidate, "certification");
		this.memberships.join(id, this.fixtures.person("Mentor of " + name), PortfolioRole.MENTOR);
		LocalDate today = LocalDate.now(this.clock);
		this.meetings.logMeeting(candidate, id,
				new MeetingService.NewMeeting(today.minusDays(16), MeetingMode.VIDEO, "We went through criterion 1.",
						today.plusDays(12), List.of("Ask for the committee minutes"), Set.of()));

		signInAs(candidate);
		this.browser.open("/portfolios/" + id);
		assertThat(this.browser.text("#coming-up")).contains("in 12 days")
			.contains("1 open action from meetings")
			.contains("Ask for the committee minutes");
		this.browser.click("Prepare for the meeting");
		assertThat(this.browser.path()).isEqualTo("/portfolios/" + id + "/meetings/prepare");
		assertThat(this.browser.mainText()).contains("Ask for the committee minutes");
	}

}
