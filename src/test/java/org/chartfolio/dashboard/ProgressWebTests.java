package org.chartfolio.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.meeting.MeetingMode;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.portfolio.PortfolioRole;
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

@IntegrationTest
class ProgressWebTests {

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

	/**
	 * Nia Evans's portfolio with an item of evidence and a statement citing it, and a
	 * mentor and a line manager on it.
	 */
	private Portfolio portfolio() {
		SignedInUser mentor = this.scene.person("Mentor");
		SignedInUser manager = this.scene.person("Manager");
		Portfolio p = this.scene.candidate("Nia Evans").portfolio("certification");
		this.scene.evidence(p, evidence("Staff survey results"));
		this.scene.write(p, p.section(0).id(), "The **survey** showed what readers missed [E1].");
		this.scene.join(p, mentor, PortfolioRole.MENTOR);
		this.scene.join(p, manager, PortfolioRole.LINE_MANAGER);
		return new Portfolio(p.candidate(), mentor, manager, p.id(), p.sections());
	}

	@Test
	void theLineManagerSeesFiguresWithoutTheWritingOrThePortfolioNavigation() throws Exception {
		Portfolio p = portfolio();

		assertThat(this.pages.as(p.lineManager(), "/portfolios/" + p.id() + "/progress"))
			.contains("Progress of My certification portfolio", "Statement words", "Draft", "Not shared")
			.doesNotContain("survey", "portfolio-nav", "Share with line manager");
	}

	@Test
	void theLineManagerSeesGoalsMeetingsAndBothPeoplesActivityButNoWriting() throws Exception {
		Portfolio p = portfolio();
		LocalDate today = LocalDate.now(this.clock);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
		this.scene.goal(p,
				goal("Complete a First Aid course").reason("Nobody on the late shift is trained")
					.actions("Book the county course")
					.target(today.plusDays(40))
					.status(GoalStatus.IN_PROGRESS));
		this.scene.goal(p, goal("Learn cataloguing in RDA"));
		this.meetings.logMeeting(p.mentor(), p.id(),
				new MeetingService.NewMeeting(today.minusDays(3), MeetingMode.VIDEO,
						"Talked about the appraisal privately", today.plusDays(12),
						List.of("Ask the head of service for the figures"), Set.of()));
		this.review.comment(p.mentor(), p.id(), p.section(0).id(), "Confidential: say what the readers told you", null);
		String progress = "/portfolios/" + p.id() + "/progress";

		assertThat(this.pages.as(p.lineManager(), progress))
			.contains("Development plan goals", "Complete a First Aid course", day.format(today.plusDays(40)),
					"In progress", "Learn cataloguing in RDA", "No target date", "Planned")
			.matches("(?s).*Last meeting</dt>\\s*<dd>" + day.format(today.minusDays(3)) + "</dd>.*")
			.matches("(?s).*Next meeting</dt>\\s*<dd>" + day.format(today.plusDays(12)) + "</dd>.*")
			.contains("Candidate&#39;s last activity")
			.matches("(?s).*Mentor&#39;s last activity</dt>\\s*<dd>\\s*<time datetime=\"[^\"]+\">" + day.format(today)
					+ " .*")
			.doesNotContain("survey", "Nobody on the late shift", "Book the county course", "appraisal privately",
					"Ask the head of service", "Confidential");
	}

	@Test
	void beforeTheMentorHasCommentedThePageSaysSo() throws Exception {
		Portfolio p = portfolio();
		assertThat(this.pages.as(p.lineManager(), "/portfolios/" + p.id() + "/progress"))
			.contains("No comments from a mentor yet", "No goals in the development plan yet.")
			.matches("(?s).*Next meeting</dt>\\s*<dd>Not set</dd>.*");
	}

	@Test
	void theLineManagerIsNotifiedOfASharedSectionAndTheNotificationLeadsToIt() throws Exception {
		Portfolio p = portfolio();
		String progress = "/portfolios/" + p.id() + "/progress";
		String shared = progress + "/sections/" + p.section(0).id();

		share(p, shared).andExpect(status().is3xxRedirection());

		String list = this.pages.as(p.lineManager(), "/notifications");
		assertThat(list).contains("Nia Evans shared", "with you");
		java.util.regex.Matcher open = java.util.regex.Pattern.compile("action=\"(/notifications/\\d+/open)\"")
			.matcher(list);
		assertThat(open.find()).as("a form to open the notification").isTrue();
		this.pages.send(p.lineManager(), post(open.group(1))).andExpect(redirectedUrl(shared));
		this.pages.as(p.lineManager(), shared);
		assertThat(this.pages.as(p.mentor(), "/notifications")).doesNotContain("Nia Evans shared");

		stopSharing(p, shared).andExpect(status().is3xxRedirection());
		assertThat(this.pages.as(p.lineManager(), "/notifications")).doesNotContain("Nia Evans shared");
	}

	@Test
	void theHomePageCardOfTheLineManagerShowsNumbersAndLinksToProgress() throws Exception {
		Portfolio p = portfolio();

		assertThat(this.pages.as(p.lineManager(), "/"))
			.contains("href=\"/portfolios/" + p.id() + "/progress\"", "Evidence items", "6 of 1,000")
			.doesNotContain("href=\"/portfolios/" + p.id() + "\"");
	}

	@Test
	void theCandidateSharesASectionAndTheLineManagerReadsItWithoutLinksToEvidence() throws Exception {
		Portfolio p = portfolio();
		String progress = "/portfolios/" + p.id() + "/progress";
		String shared = progress + "/sections/" + p.section(0).id();

		assertThat(this.pages.as(p.candidate(), progress)).contains("Share with line manager");
		this.pages.assertNotFound(p.lineManager(), shared);

		share(p, shared).andExpect(redirectedUrl(progress + "#section-" + p.section(0).id()))
			.andExpect(flash().attribute("notice", "progress.shared"));

		assertThat(this.pages.as(p.lineManager(), shared))
			.contains("<strong>survey</strong>", "[E1]", "<a href=\"" + progress + "\">Progress of")
			.doesNotContain("href=\"/portfolios/" + p.id() + "\"", "portfolio-nav", "/evidence/",
					"Staff survey results");
		assertThat(this.pages.as(p.candidate(), progress)).contains("Stop sharing", "See what they see");

		stopSharing(p, shared).andExpect(flash().attribute("notice", "progress.unshared"));
		this.pages.assertNotFound(p.lineManager(), shared);
	}

	@Test
	void nobodyButTheCandidateChangesSharing() throws Exception {
		Portfolio p = portfolio();
		String sharing = "/portfolios/" + p.id() + "/progress/sections/" + p.section(0).id() + "/sharing";

		for (SignedInUser other : new SignedInUser[] { p.mentor(), p.lineManager() }) {
			this.pages.send(other, post(sharing).param("shared", "true")).andExpect(status().isNotFound());
		}
		assertThat(this.pages.as(p.mentor(), "/portfolios/" + p.id() + "/progress"))
			.doesNotContain("Share with line manager");
	}

	@Test
	void theCandidateIsToldToInviteALineManagerBeforeSharing() throws Exception {
		Portfolio p = this.scene.candidate("Alone").portfolio("chartership");

		assertThat(this.pages.as(p.candidate(), "/portfolios/" + p.id() + "/progress"))
			.contains("Once you invite a line manager")
			.doesNotContain("Share with line manager");
	}

	/** The candidate shares the section at this path with the line manager. */
	private ResultActions share(Portfolio p, String section) throws Exception {
		return this.pages.send(p.candidate(), post(section + "/sharing").param("shared", "true"));
	}

	/** The candidate stops sharing the section at this path. */
	private ResultActions stopSharing(Portfolio p, String section) throws Exception {
		return this.pages.send(p.candidate(), post(section + "/sharing").param("shared", "false"));
	}

}
