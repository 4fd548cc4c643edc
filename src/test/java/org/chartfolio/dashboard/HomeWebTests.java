package org.chartfolio.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.dashboard.SupporterHomeScene.Supported;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page knows the person: supporters see their people first, candidates their
 * portfolios.
 */
@IntegrationTest
class HomeWebTests {

	@Autowired
	private Pages pages;

	@Autowired
	private SupporterHomeScene supporters;

	@Autowired
	private Fixtures fixtures;

	private static String day(LocalDate date) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date);
	}

	@Test
	void aMentorSeesTheirPeopleFirstWithWhatWaitsForThemAndNoCandidateBlock() throws Exception {
		Supported scene = this.supporters.waitingForReview();

		assertThat(this.pages.as(scene.mentor(), "/"))
			.contains("<h1 class=\"me-auto mb-0\">The people you support</h1>")
			.matches("(?s).*<h3 class=\"h4 card-title\">\\s*<a href=\"/portfolios/" + scene.portfolioId()
					+ "\">Nia Evans</a>.*")
			.contains("My chartership portfolio · Mentor", "1 section waiting for your review",
					"href=\"/portfolios/" + scene.portfolioId() + "/sections/" + scene.statement().id() + "/review\"",
					"1 unresolved comment", "Next meeting: " + day(scene.nextMeeting()), "Start your own portfolio")
			.doesNotContain("You have no portfolios yet", "Start your portfolio", "The routes");
	}

	@Test
	void aLineManagerSeesTheirPersonAndTheNextMeetingButNothingOfTheReview() throws Exception {
		Supported scene = this.supporters.waitingForReview();

		assertThat(this.pages.as(scene.manager(), "/"))
			.contains("The people you support",
					"href=\"/portfolios/" + scene.portfolioId() + "/progress\">Nia Evans</a>",
					"My chartership portfolio · Line manager", "Next meeting: " + day(scene.nextMeeting()),
					"Start your own portfolio")
			.doesNotContain("unresolved comment", "waiting for your review", "What did the readers say",
					"You have no portfolios yet");
	}

	@Test
	void aNewCandidateGetsTheStartingBlockAndACandidateWhoAlsoMentorsSeesBoth() throws Exception {
		SignedInUser newcomer = this.fixtures.person("New Person");
		assertThat(this.pages.as(newcomer, "/"))
			.contains("<h1 class=\"me-auto mb-0\">Your portfolios</h1>", "You have no portfolios yet",
					"Start your portfolio")
			.doesNotContain("Start your own portfolio", "Portfolios you support");

		Supported scene = this.supporters.waitingForReview();
		this.fixtures.portfolio(scene.mentor(), "fellowship");
		assertThat(this.pages.as(scene.mentor(), "/"))
			.contains("Your portfolios", "Portfolios you support", ">Nia Evans</a>", "My fellowship portfolio")
			.doesNotContain("Start your own portfolio", "You have no portfolios yet");
	}

	@Test
	void theMentoringPageHeadsEachCardWithThePersonNotThePortfolioTitle() throws Exception {
		Supported scene = this.supporters.waitingForReview();

		assertThat(this.pages.as(scene.mentor(), "/mentoring"))
			.matches("(?s).*<h3 class=\"h4 card-title mentee-name\"><a href=\"/portfolios/" + scene.portfolioId()
					+ "\">Nia Evans</a></h3>\\s*<p class=\"mb-2 text-body-secondary\">\\s*"
					+ "<span class=\"mentee-portfolio\">My chartership portfolio</span>.*");
	}

}
