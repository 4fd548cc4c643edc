package org.chartfolio.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.meeting.MeetingMode;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview's "Coming up" panel, for candidate and mentor, and the first steps of a
 * new portfolio.
 */
@IntegrationTest
class ComingUpWebTests {

	@Autowired
	private Pages pages;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MeetingService meetings;

	@Autowired
	private ReviewService review;

	@Autowired
	private MutableClock clock;

	@Test
	void theCandidateAndTheMentorSeeTheNextMeetingWhatIsOpenAndWhereEachIsHandled() throws Exception {
		Portfolio p = this.scene.candidate("Lowri Price").mentor("Gwen Ashby").portfolio("certification");
		LocalDate today = LocalDate.now(this.clock);
		this.meetings.logMeeting(p.candidate(), p.id(),
				new MeetingService.NewMeeting(today.minusDays(20), MeetingMode.VIDEO, "First meeting",
						today.plusDays(12), List.of("Draft criterion 1", "Find a CV template"), Set.of()));
		SectionView statement = this.scene.sections(p).get(0);
		this.scene.write(p, statement.id(), "I ran the summer reading challenge.");
		this.review.markReadyForReview(p.candidate(), p.id(), statement.id(), version(p, statement.id()));
		this.review.comment(p.mentor(), p.id(), statement.id(), "Which figures show it worked?", 1);
		this.review.requestChanges(p.mentor(), p.id(), statement.id(), version(p, statement.id()),
				"Say what you learned, not only what you did.");
		this.scene.goal(p, goal("Take the First Aid course").target(today.plusDays(10)));
		this.scene.goal(p, goal("Visit another library service").target(today.plusDays(90)));

		for (SignedInUser person : new SignedInUser[] { p.candidate(), p.mentor() }) {
			assertThat(overview(p, person)).contains("Coming up", "(in 12 days)",
					"href=\"/portfolios/" + p.id() + "/meetings/prepare\"", "2 open actions from meetings",
					"Find a CV template", "href=\"/portfolios/" + p.id() + "/meetings#actions\"",
					"sent back for changes", "Say what you learned, not only what you did.",
					"href=\"/portfolios/" + p.id() + "/sections/" + statement.id() + "/review\"",
					"2 unresolved comments", "Goals due soon", "Take the First Aid course</a>",
					"href=\"/portfolios/" + p.id() + "/plan#goal-");
		}
		// The goal three months away is listed with the open goals, not as due soon.
		assertThat(overview(p, p.candidate()))
			.doesNotContain("Visit another library service</a>\n              <span>by");
		// First steps are the candidate's: the mentor never sees them.
		assertThat(overview(p, p.mentor())).doesNotContain("First steps");
	}

	@Test
	void aPortfolioWithNothingComingUpSaysSo() throws Exception {
		Portfolio p = this.scene.candidate("Sam Quiet").portfolio("chartership");
		assertThat(overview(p, p.candidate())).contains("Nothing waits for now")
			.doesNotContain("Prepare for the meeting");
	}

	@Test
	void theFirstStepsTickThemselvesFromWhatThePortfolioHolds() throws Exception {
		Portfolio p = this.scene.candidate("Ada Newcombe").portfolio("chartership");

		assertThat(overview(p, p.candidate())).contains("First steps", "0 of 5 done",
				"id=\"first-step-mentor\" class=\"mb-2 first-step-open\"",
				"href=\"/portfolios/" + p.id() + "/evidence/new\"", "href=\"/portfolios/" + p.id() + "/people\"",
				"href=\"/portfolios/" + p.id() + "/pksb\"", "href=\"/portfolios/" + p.id() + "/details/edit\"",
				"href=\"/portfolios/" + p.id() + "/sections/" + p.section(0).id() + "/edit\"");

		this.scene.evidence(p, evidence("Photo of the display"));
		this.scene.write(p, p.section(0).id(), "I started a reading group.");
		this.scene.join(p, this.scene.person("Mentor of Ada"), PortfolioRole.MENTOR);

		assertThat(overview(p, p.candidate()))
			.contains("3 of 5 done", "id=\"first-step-evidence\" class=\"mb-2 first-step-done\"",
					"id=\"first-step-mentor\" class=\"mb-2 first-step-done\"",
					"id=\"first-step-write\" class=\"mb-2 first-step-done\"",
					"id=\"first-step-pksb\" class=\"mb-2 first-step-open\"",
					"id=\"first-step-target\" class=\"mb-2 first-step-open\"")
			.doesNotContain("href=\"/portfolios/" + p.id() + "/evidence/new\"");
	}

	@Test
	void theFirstStepsGoOnceEveryStepIsDone() throws Exception {
		Portfolio p = this.scene.candidate("Bea Finished").portfolio("chartership");
		this.scene.evidence(p, evidence("Minutes"));
		this.scene.write(p, p.section(0).id(), "A first paragraph.");
		this.scene.join(p, this.scene.person("Mentor of Bea"), PortfolioRole.MENTOR);
		this.pages
			.send(p.candidate(),
					post("/portfolios/" + p.id() + "/details").param("title", "My Chartership portfolio")
						.param("targetDate", LocalDate.now(this.clock).plusMonths(9).toString()))
			.andExpect(redirectedUrl("/portfolios/" + p.id()))
			.andExpect(flash().attribute("notice", "portfolio.details.saved"));

		assertThat(overview(p, p.candidate())).contains("4 of 5 done", "href=\"/portfolios/" + p.id() + "/pksb\"");
	}

	@Test
	void theCandidateHidesTheFirstStepsAndNobodyElseCan() throws Exception {
		SignedInUser stranger = this.scene.person("Dee Stranger");
		Portfolio p = this.scene.candidate("Cai Hider").mentor("Eve Mentor").portfolio("chartership");

		dismissFirstSteps(p, stranger).andExpect(status().isNotFound());
		dismissFirstSteps(p, p.mentor()).andExpect(status().isNotFound());
		assertThat(overview(p, p.candidate())).contains("First steps");

		dismissFirstSteps(p, p.candidate()).andExpect(redirectedUrl("/portfolios/" + p.id()))
			.andExpect(flash().attribute("notice", "firstSteps.dismissed"));
		dismissFirstSteps(p, p.candidate()).andExpect(redirectedUrl("/portfolios/" + p.id()));
		assertThat(overview(p, p.candidate())).doesNotContain("First steps").contains("Coming up");
	}

	@Test
	void aNewTargetDateMustNotBeInThePastAndTheMessageSitsByTheField() throws Exception {
		Portfolio p = this.scene.candidate("Fay Dates").portfolio("chartership");
		assertThat(this.pages.as(p.candidate(), "/portfolios/" + p.id() + "/details/edit"))
			.contains("Target submission date");
		assertThat(this.pages.refused(p.candidate(),
				post("/portfolios/" + p.id() + "/details").param("title", "My portfolio")
					.param("targetDate", LocalDate.now(this.clock).minusDays(1).toString())))
			.contains("id=\"targetDate-error\"", "must be today or in the future");
		this.pages.assertNotFound(this.scene.person("Gil Other"), "/portfolios/" + p.id() + "/details/edit");
	}

	/** The portfolio's overview as this person sees it. */
	private String overview(Portfolio p, SignedInUser person) throws Exception {
		return this.pages.as(person, "/portfolios/" + p.id());
	}

	/** This person asks for the first steps to be hidden. */
	private ResultActions dismissFirstSteps(Portfolio p, SignedInUser person) throws Exception {
		return this.pages.send(person, post("/portfolios/" + p.id() + "/first-steps/dismiss"));
	}

	private long version(Portfolio portfolio, long sectionId) {
		return this.scene.section(portfolio, sectionId).version();
	}

}
