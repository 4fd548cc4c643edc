package org.chartfolio.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.QueryCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class MeetingWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MeetingService meetings;

	@Autowired
	private org.chartfolio.review.ReviewService review;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	@Autowired
	private QueryCounter queries;

	private String base;

	private Portfolio portfolio;

	@BeforeEach
	void portfolioWithMentor() {
		this.portfolio = this.scene.candidate("Priya Shah")
			.mentor("Tom Reed")
			.lineManager("Line Manager")
			.portfolio("certification");
		this.base = "/portfolios/" + this.portfolio.id() + "/meetings";
	}

	@Test
	void theMentorLogsAMeetingWithActionsAndTheCandidateSeesIt() throws Exception {
		String today = LocalDate.now(this.clock).toString();
		this.mvc
			.perform(post(this.base).with(user(this.portfolio.mentor()))
				.with(csrf())
				.param("heldOn", today)
				.param("mode", "VIDEO")
				.param("notes", "Went through criterion 1.")
				.param("actions[0].text", "Draft criterion 2")
				.param("actions[1].text", "Find the committee minutes")
				.param("actions[2].text", ""))
			.andExpect(redirectedUrlPattern(this.base + "/*"))
			.andExpect(flash().attribute("notice", "meeting.recorded"));

		this.mvc.perform(get(this.base).with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Video call")))
			.andExpect(content().string(containsString("Logged by Tom Reed")))
			.andExpect(content().string(containsString("2 actions agreed, 2 still open")))
			.andExpect(content().string(containsString(">Meetings</a>")));
	}

	@Test
	void aFutureDateIsExplainedNextToTheFieldAndWhatWasTypedStays() throws Exception {
		this.mvc
			.perform(post(this.base).with(user(this.portfolio.candidate()))
				.with(csrf())
				.param("heldOn", LocalDate.now(this.clock).plusDays(2).toString())
				.param("mode", "PHONE")
				.param("notes", "Notes I do not want to lose")
				.param("actions[0].text", "An action I typed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of the meeting cannot be in the future")))
			.andExpect(content().string(containsString("Notes I do not want to lose")))
			.andExpect(content().string(containsString("value=\"An action I typed\"")));
		this.mvc.perform(post(this.base).with(user(this.portfolio.candidate())).with(csrf()).param("notes", "Kept"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date of the meeting")))
			.andExpect(content().string(containsString("Choose how you met")));
	}

	@Test
	void theErrorSummaryLinkForAnOverLongActionJumpsToThatActionsField() throws Exception {
		String html = this.mvc
			.perform(post(this.base).with(user(this.portfolio.candidate()))
				.with(csrf())
				.param("heldOn", LocalDate.now(this.clock).toString())
				.param("mode", "PHONE")
				.param("actions[0].text", "A short one")
				.param("actions[1].text", "x".repeat(501)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher link = Pattern.compile("<div class=\"alert alert-danger error-summary\"[\\s\\S]*?<a href=\"#([^\"]+)\"")
			.matcher(html);
		assertThat(link.find()).as("the error summary links to the field").isTrue();
		assertThat(link.group(1)).isEqualTo("actions1.text");
		assertThat(html).as("the field the summary links to is on the page").contains("id=\"" + link.group(1) + "\"");
	}

	@Test
	void aStaleEditSaysSoAndKeepsTheTypedNotes() throws Exception {
		long id = this.meetings.record(this.portfolio.mentor(), this.portfolio.id(), edit("Original notes", "Act"));
		MeetingService.MeetingView opened = this.meetings.meeting(this.portfolio.candidate(), this.portfolio.id(), id);
		this.meetings.mark(this.portfolio.mentor(), this.portfolio.id(), opened.actions().get(0).id(), true);

		this.mvc
			.perform(post(this.base + "/" + id).with(user(this.portfolio.candidate()))
				.with(csrf())
				.param("heldOn", opened.heldOn().toString())
				.param("mode", "EMAIL")
				.param("notes", "My newer notes")
				.param("version", String.valueOf(opened.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This was changed somewhere else since you opened it")))
			.andExpect(content().string(containsString("My newer notes")));
	}

	@Test
	void thePreparationPageShowsTheDiffAndTheOpenActionsWhichCanBeTickedOffThere() throws Exception {
		long section = this.portfolio.section(0).id();
		this.scene.write(this.portfolio, section, "I organised a display.");
		long id = this.meetings.record(this.portfolio.mentor(), this.portfolio.id(), edit("", "Ask for feedback"));
		long action = this.meetings.meeting(this.portfolio.mentor(), this.portfolio.id(), id).actions().get(0).id();

		this.mvc.perform(get(this.base + "/prepare").with(user(this.portfolio.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed since your last meeting on")))
			.andExpect(content().string(containsString("I organised a display.")))
			.andExpect(content().string(containsString("Ask for feedback")))
			.andExpect(content().string(containsString("Mark as done")));

		this.mvc
			.perform(post(this.base + "/actions/" + action).with(user(this.portfolio.candidate()))
				.with(csrf())
				.param("done", "true")
				.param("from", "prepare"))
			.andExpect(redirectedUrl(this.base + "/prepare#actions"));
		this.mvc.perform(get(this.base + "/prepare").with(user(this.portfolio.candidate())))
			.andExpect(content().string(containsString("No open actions.")));
	}

	@Test
	void deletingAsksFirstAndTheMeetingCanBeRestored() throws Exception {
		long id = this.meetings.record(this.portfolio.candidate(), this.portfolio.id(), edit("Notes", "Act"));
		this.mvc.perform(get(this.base + "/" + id + "/delete").with(user(this.portfolio.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delete this meeting?")));
		this.mvc.perform(post(this.base + "/" + id + "/delete").with(user(this.portfolio.mentor())).with(csrf()))
			.andExpect(redirectedUrl(this.base));
		this.mvc.perform(get(this.base).with(user(this.portfolio.candidate())))
			.andExpect(content().string(containsString("Deleted meetings")))
			.andExpect(content().string(containsString("No meetings logged yet")));
		this.mvc.perform(post(this.base + "/" + id + "/restore").with(user(this.portfolio.candidate())).with(csrf()))
			.andExpect(redirectedUrl(this.base + "/" + id));
		this.mvc.perform(get(this.base + "/" + id).with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Act")));
	}

	@Test
	void aLineManagerGetsNotFoundForEveryMeetingPageAndChange() throws Exception {
		long id = this.meetings.record(this.portfolio.candidate(), this.portfolio.id(), edit("Private", "Act"));
		for (String page : List.of(this.base, this.base + "/prepare", this.base + "/new", this.base + "/" + id)) {
			this.mvc.perform(get(page).with(user(this.portfolio.lineManager()))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post(this.base).with(user(this.portfolio.lineManager()))
				.with(csrf())
				.param("heldOn", LocalDate.now(this.clock).toString())
				.param("mode", "VIDEO"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theMentoringPageListsEachMenteeAndTheHeaderLinksToItForMentorsOnly() throws Exception {
		this.meetings.record(this.portfolio.mentor(), this.portfolio.id(),
				new MeetingService.Edit(
						new Meeting.Details(LocalDate.now(this.clock), MeetingMode.IN_PERSON, "",
								LocalDate.now(this.clock).plusWeeks(3)),
						List.of(new Meeting.ActionLine(null, "Act", false)), Set.of(), null));

		this.mvc.perform(get("/mentoring").with(user(this.portfolio.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My certification portfolio")))
			.andExpect(content().string(containsString("Priya Shah")))
			.andExpect(content().string(containsString("0 sections, 0 evidence items, 0 goals")))
			.andExpect(content().string(containsString("/portfolios/" + this.portfolio.id() + "/meetings/prepare")));
		this.mvc.perform(get("/").with(user(this.portfolio.mentor())))
			.andExpect(content().string(containsString("href=\"/mentoring\"")));
		this.mvc.perform(get("/").with(user(this.portfolio.candidate())))
			.andExpect(content().string(not(containsString("href=\"/mentoring\""))));
		this.mvc.perform(get("/mentoring").with(user(this.portfolio.lineManager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You do not mentor anybody at the moment.")))
			.andExpect(content().string(not(containsString("My certification portfolio"))));
		this.mvc.perform(get("/mentoring")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theMentorSeesWhatWaitsForReviewAndThePreparationPageTheOpenComments() throws Exception {
		org.chartfolio.portfolio.SectionView first = this.scene.sections(this.portfolio).get(0);
		this.scene.write(this.portfolio, first.id(), "I organised a display.");
		this.review.comment(this.portfolio.mentor(), this.portfolio.id(), first.id(), "Say what you learnt from it.",
				null);
		this.mvc.perform(get("/mentoring").with(user(this.portfolio.mentor())))
			.andExpect(content().string(containsString("No section is waiting for your review.")));

		long version = this.scene.sections(this.portfolio).get(0).version();
		this.review.markReadyForReview(this.portfolio.candidate(), this.portfolio.id(), first.id(), version);

		this.mvc.perform(get("/mentoring").with(user(this.portfolio.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for your review")))
			.andExpect(content()
				.string(containsString("/portfolios/" + this.portfolio.id() + "/sections/" + first.id() + "/review")))
			.andExpect(content().string(containsString("from Priya Shah, My certification portfolio")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesRegex("(?s).*Unresolved comments</dt>\\s*<dd>1</dd>.*")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesRegex("(?s).*Sections waiting for review</dt>\\s*<dd>1</dd>.*")));
		this.mvc.perform(get(this.base + "/prepare").with(user(this.portfolio.candidate())))
			.andExpect(content().string(containsString("Open comments")))
			.andExpect(content().string(containsString("Say what you learnt from it.")));
		this.mvc.perform(get("/mentoring").with(user(this.portfolio.candidate())))
			.andExpect(content().string(not(containsString("Waiting for your review"))));
	}

	@Test
	void theMentorsPageShowsTheProgressPagesLastActivityInAFixedNumberOfQueries() throws Exception {
		long before = this.queries.count(() -> this.mvc.perform(get("/mentoring").with(user(this.portfolio.mentor())))
			.andExpect(status().isOk()));
		this.mvc.perform(get("/mentoring").with(user(this.portfolio.mentor())))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesRegex("(?s).*Last activity</dt>\\s*<dd>None yet</dd>.*")));

		this.clock.advance(Duration.ofDays(3));
		try {
			for (int i = 1; i <= 12; i++) {
				this.scene.evidence(this.portfolio, evidence("Item " + i).description("About " + i).tags("tag" + i));
				this.scene.goal(this.portfolio, goal("Goal " + i));
			}
			long after = this.queries
				.count(() -> this.mvc.perform(get("/mentoring").with(user(this.portfolio.mentor())))
					.andExpect(status().isOk()));
			assertThat(after).as("SQL statements for /mentoring with 12 items and goals against none")
				.isEqualTo(before);

			String today = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
				.format(LocalDate.now(this.clock));
			this.mvc
				.perform(get("/portfolios/" + this.portfolio.id() + "/progress").with(user(this.portfolio.mentor())))
				.andExpect(content().string(containsString(today)));
			this.mvc.perform(get("/mentoring").with(user(this.portfolio.mentor())))
				.andExpect(content().string(
						org.hamcrest.Matchers.matchesRegex("(?s).*Last activity</dt>\\s*<dd>" + today + "</dd>.*")));
		}
		finally {
			this.clock.advance(Duration.ofDays(-3));
		}
	}

	private MeetingService.Edit edit(String notes, String... actions) {
		return new MeetingService.Edit(new Meeting.Details(LocalDate.now(this.clock), MeetingMode.VIDEO, notes, null),
				java.util.Arrays.stream(actions).map((a) -> new Meeting.ActionLine(null, a, false)).toList(), Set.of(),
				null);
	}

}
