package org.chartfolio.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.dashboard.SupporterHomeScene.Supported;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page knows the person: supporters see their people first, candidates their
 * portfolios.
 */
@IntegrationTest
class HomeWebTests {

	@Autowired
	private MockMvc mvc;

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

		this.mvc.perform(get("/").with(user(scene.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"me-auto mb-0\">The people you support</h1>")))
			.andExpect(content().string(matchesRegex("(?s).*<h3 class=\"h4 card-title\">\\s*<a href=\"/portfolios/"
					+ scene.portfolioId() + "\">Nia Evans</a>.*")))
			.andExpect(content().string(containsString("My chartership portfolio · Mentor")))
			.andExpect(content().string(containsString("1 section waiting for your review")))
			.andExpect(content().string(containsString(
					"href=\"/portfolios/" + scene.portfolioId() + "/sections/" + scene.statement().id() + "/review\"")))
			.andExpect(content().string(containsString("1 unresolved comment")))
			.andExpect(content().string(containsString("Next meeting: " + day(scene.nextMeeting()))))
			.andExpect(content().string(containsString("Start your own portfolio")))
			.andExpect(content().string(not(containsString("You have no portfolios yet"))))
			.andExpect(content().string(not(containsString("Start your portfolio"))))
			.andExpect(content().string(not(containsString("The routes"))));
	}

	@Test
	void aLineManagerSeesTheirPersonAndTheNextMeetingButNothingOfTheReview() throws Exception {
		Supported scene = this.supporters.waitingForReview();

		this.mvc.perform(get("/").with(user(scene.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The people you support")))
			.andExpect(content()
				.string(containsString("href=\"/portfolios/" + scene.portfolioId() + "/progress\">Nia Evans</a>")))
			.andExpect(content().string(containsString("My chartership portfolio · Line manager")))
			.andExpect(content().string(containsString("Next meeting: " + day(scene.nextMeeting()))))
			.andExpect(content().string(containsString("Start your own portfolio")))
			.andExpect(content().string(not(containsString("unresolved comment"))))
			.andExpect(content().string(not(containsString("waiting for your review"))))
			.andExpect(content().string(not(containsString("What did the readers say"))))
			.andExpect(content().string(not(containsString("You have no portfolios yet"))));
	}

	@Test
	void aNewCandidateGetsTheStartingBlockAndACandidateWhoAlsoMentorsSeesBoth() throws Exception {
		SignedInUser newcomer = this.fixtures.person("New Person");
		this.mvc.perform(get("/").with(user(newcomer)))
			.andExpect(content().string(containsString("<h1 class=\"me-auto mb-0\">Your portfolios</h1>")))
			.andExpect(content().string(containsString("You have no portfolios yet")))
			.andExpect(content().string(containsString("Start your portfolio")))
			.andExpect(content().string(not(containsString("Start your own portfolio"))))
			.andExpect(content().string(not(containsString("Portfolios you support"))));

		Supported scene = this.supporters.waitingForReview();
		this.fixtures.portfolio(scene.mentor(), "fellowship");
		this.mvc.perform(get("/").with(user(scene.mentor())))
			.andExpect(content().string(containsString("Your portfolios")))
			.andExpect(content().string(containsString("Portfolios you support")))
			.andExpect(content().string(containsString(">Nia Evans</a>")))
			.andExpect(content().string(containsString("My fellowship portfolio")))
			.andExpect(content().string(not(containsString("Start your own portfolio"))))
			.andExpect(content().string(not(containsString("You have no portfolios yet"))));
	}

	@Test
	void theMentoringPageHeadsEachCardWithThePersonNotThePortfolioTitle() throws Exception {
		Supported scene = this.supporters.waitingForReview();

		this.mvc.perform(get("/mentoring").with(user(scene.mentor())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(matchesRegex("(?s).*<h3 class=\"h4 card-title mentee-name\"><a href=\"/portfolios/"
						+ scene.portfolioId() + "\">Nia Evans</a></h3>\\s*<p class=\"mb-2 text-body-secondary\">\\s*"
						+ "<span class=\"mentee-portfolio\">My chartership portfolio</span>.*")));
	}

}
