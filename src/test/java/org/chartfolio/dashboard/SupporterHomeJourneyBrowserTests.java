package org.chartfolio.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.meeting.MeetingMode;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.GoalEditBuilder.goal;

/**
 * A mentor's and a line manager's home pages show the people they support first, on a desktop and on
 * a phone, and each person's name leads where that supporter may go.
 */
@BrowserTest
class SupporterHomeJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private WritingService writing;

	@Autowired
	private ReviewService review;

	@Autowired
	private MeetingService meetings;

	@Autowired
	private PlanService plan;

	@Autowired
	private Clock clock;

	@Test
	void aMentorAndALineManagerSeeTheirPeopleAtDesktopAndPhoneWidths() {
		SignedInUser candidate = this.fixtures.person("Nia Evans");
		SignedInUser mentor = this.fixtures.person("Grace Mentor");
		SignedInUser manager = this.fixtures.person("Owen Manager");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		this.memberships.join(portfolioId, mentor, PortfolioRole.MENTOR);
		this.memberships.join(portfolioId, manager, PortfolioRole.LINE_MANAGER);
		SectionView statement = this.portfolios.view(candidate, portfolioId).sections().get(0);
		this.writing.save(candidate, portfolioId, statement.id(), "I ran the reading group for a year.", 0, false);
		this.review.comment(mentor, portfolioId, statement.id(), "What did the readers say about it?", null);
		long version = this.portfolios.view(candidate, portfolioId).sections().get(0).version();
		this.review.markReadyForReview(candidate, portfolioId, statement.id(), version);
		LocalDate today = LocalDate.now(this.clock);
		this.meetings.logMeeting(mentor, portfolioId, new MeetingService.NewMeeting(today, MeetingMode.VIDEO, "",
				today.plusDays(12), List.of("Draft criterion 2"), Set.of()));
		this.plan.add(candidate, portfolioId, goal("Complete a First Aid course").target(today.plusDays(40)).build());

		for (Dimension size : new Dimension[] { new Dimension(1280, 1024), new Dimension(390, 844) }) {
			this.browser.driver().manage().window().setSize(size);

			signIn(mentor.email());
			assertThat(this.browser.text("h1")).as("mentor's heading at " + size).isEqualTo("The people you support");
			assertThat(this.browser.mainText()).contains("Nia Evans")
				.contains("My chartership portfolio · Mentor")
				.contains("1 section waiting for your review")
				.contains("1 unresolved comment")
				.contains("Next meeting:")
				.contains("Start your own portfolio")
				.doesNotContain("You have no portfolios yet");
			this.browser.click("1 section waiting for your review");
			assertThat(this.browser.path()).isEqualTo("/portfolios/" + portfolioId + "/sections/" + statement.id() + "/review");
			this.browser.open("/");
			this.browser.click("Nia Evans");
			assertThat(this.browser.path()).isEqualTo("/portfolios/" + portfolioId);
			// Signing out from a phone-width header may sit behind its menu; a fresh session is what matters here.
			this.browser.driver().manage().deleteAllCookies();

			signIn(manager.email());
			assertThat(this.browser.mainText()).contains("The people you support")
				.contains("Nia Evans")
				.contains("My chartership portfolio · Line manager")
				.contains("Next meeting:")
				.doesNotContain("unresolved")
				.doesNotContain("You have no portfolios yet");
			this.browser.click("Nia Evans");
			assertThat(this.browser.path()).isEqualTo("/portfolios/" + portfolioId + "/progress");
			assertThat(this.browser.mainText()).contains("Complete a First Aid course")
				.contains("Mentor's last activity")
				.doesNotContain("reading group")
				.doesNotContain("What did the readers say");
			// Signing out from a phone-width header may sit behind its menu; a fresh session is what matters here.
			this.browser.driver().manage().deleteAllCookies();
		}
		assertThat(this.browser.pagesChecked()).isGreaterThanOrEqualTo(12);
	}

	private void signIn(String email) {
		this.browser.open("/login").fill("username", email).fill("password", Fixtures.PASSWORD).click("Sign in");
		assertThat(this.browser.path()).isEqualTo("/");
	}

}
