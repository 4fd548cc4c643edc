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
import org.chartfolio.plan.PlanService;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProgressWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Pages pages;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private PlanService plan;

	@Autowired
	private MeetingService meetings;

	@Autowired
	private ReviewService review;

	@Autowired
	private MutableClock clock;

	private record Scene(SignedInUser candidate, SignedInUser mentor, SignedInUser manager, long portfolioId,
			SectionView statement) {
	}

	private Scene scene() {
		SignedInUser mentor = this.scene.person("Mentor");
		SignedInUser manager = this.scene.person("Manager");
		Portfolio p = this.scene.candidate("Nia Evans").portfolio("certification");
		this.scene.evidence(p, evidence("Staff survey results"));
		this.scene.write(p, p.section(0).id(), "The **survey** showed what readers missed [E1].");
		this.scene.join(p, mentor, PortfolioRole.MENTOR);
		this.scene.join(p, manager, PortfolioRole.LINE_MANAGER);
		return new Scene(p.candidate(), mentor, manager, p.id(), p.section(0));
	}

	@Test
	void theLineManagerSeesFiguresWithoutTheWritingOrThePortfolioNavigation() throws Exception {
		Scene scene = scene();

		assertThat(this.pages.as(scene.manager(), "/portfolios/" + scene.portfolioId() + "/progress"))
			.contains("Progress of My certification portfolio", "Statement words", "Draft", "Not shared")
			.doesNotContain("survey", "portfolio-nav", "Share with line manager");
	}

	@Test
	void theLineManagerSeesGoalsMeetingsAndBothPeoplesActivityButNoWriting() throws Exception {
		Scene scene = scene();
		LocalDate today = LocalDate.now(this.clock);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
		this.plan.add(scene.candidate(), scene.portfolioId(),
				goal("Complete a First Aid course").reason("Nobody on the late shift is trained")
					.actions("Book the county course")
					.target(today.plusDays(40))
					.status(GoalStatus.IN_PROGRESS)
					.build());
		this.plan.add(scene.candidate(), scene.portfolioId(), goal("Learn cataloguing in RDA").build());
		this.meetings.logMeeting(scene.mentor(), scene.portfolioId(),
				new MeetingService.NewMeeting(today.minusDays(3), MeetingMode.VIDEO,
						"Talked about the appraisal privately", today.plusDays(12),
						List.of("Ask the head of service for the figures"), Set.of()));
		this.review.comment(scene.mentor(), scene.portfolioId(), scene.statement().id(),
				"Confidential: say what the readers told you", null);
		String progress = "/portfolios/" + scene.portfolioId() + "/progress";

		assertThat(this.pages.as(scene.manager(), progress))
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
		Scene scene = scene();
		assertThat(this.pages.as(scene.manager(), "/portfolios/" + scene.portfolioId() + "/progress"))
			.contains("No comments from a mentor yet", "No goals in the development plan yet.")
			.matches("(?s).*Next meeting</dt>\\s*<dd>Not set</dd>.*");
	}

	@Test
	void theLineManagerIsNotifiedOfASharedSectionAndTheNotificationLeadsToIt() throws Exception {
		Scene scene = scene();
		String progress = "/portfolios/" + scene.portfolioId() + "/progress";
		String shared = progress + "/sections/" + scene.statement().id();

		share(scene, shared).andExpect(status().is3xxRedirection());

		String list = this.pages.as(scene.manager(), "/notifications");
		assertThat(list).contains("Nia Evans shared", "with you");
		java.util.regex.Matcher open = java.util.regex.Pattern.compile("action=\"(/notifications/\\d+/open)\"")
			.matcher(list);
		assertThat(open.find()).as("a form to open the notification").isTrue();
		this.mvc.perform(post(open.group(1)).with(user(scene.manager())).with(csrf())).andExpect(redirectedUrl(shared));
		this.mvc.perform(get(shared).with(user(scene.manager()))).andExpect(status().isOk());
		assertThat(this.pages.as(scene.mentor(), "/notifications")).doesNotContain("Nia Evans shared");

		stopSharing(scene, shared).andExpect(status().is3xxRedirection());
		assertThat(this.pages.as(scene.manager(), "/notifications")).doesNotContain("Nia Evans shared");
	}

	@Test
	void theHomePageCardOfTheLineManagerShowsNumbersAndLinksToProgress() throws Exception {
		Scene scene = scene();

		assertThat(this.pages.as(scene.manager(), "/"))
			.contains("href=\"/portfolios/" + scene.portfolioId() + "/progress\"", "Evidence items", "6 of 1,000")
			.doesNotContain("href=\"/portfolios/" + scene.portfolioId() + "\"");
	}

	@Test
	void theCandidateSharesASectionAndTheLineManagerReadsItWithoutLinksToEvidence() throws Exception {
		Scene scene = scene();
		String progress = "/portfolios/" + scene.portfolioId() + "/progress";
		String shared = progress + "/sections/" + scene.statement().id();

		assertThat(this.pages.as(scene.candidate(), progress)).contains("Share with line manager");
		this.mvc.perform(get(shared).with(user(scene.manager()))).andExpect(status().isNotFound());

		share(scene, shared).andExpect(redirectedUrl(progress + "#section-" + scene.statement().id()))
			.andExpect(flash().attribute("notice", "progress.shared"));

		assertThat(this.pages.as(scene.manager(), shared))
			.contains("<strong>survey</strong>", "[E1]", "<a href=\"" + progress + "\">Progress of")
			.doesNotContain("href=\"/portfolios/" + scene.portfolioId() + "\"", "portfolio-nav", "/evidence/",
					"Staff survey results");
		assertThat(this.pages.as(scene.candidate(), progress)).contains("Stop sharing", "See what they see");

		stopSharing(scene, shared).andExpect(flash().attribute("notice", "progress.unshared"));
		this.mvc.perform(get(shared).with(user(scene.manager()))).andExpect(status().isNotFound());
	}

	@Test
	void nobodyButTheCandidateChangesSharing() throws Exception {
		Scene scene = scene();
		String sharing = "/portfolios/" + scene.portfolioId() + "/progress/sections/" + scene.statement().id()
				+ "/sharing";

		for (SignedInUser other : new SignedInUser[] { scene.mentor(), scene.manager() }) {
			this.mvc.perform(post(sharing).param("shared", "true").with(user(other)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertThat(this.pages.as(scene.mentor(), "/portfolios/" + scene.portfolioId() + "/progress"))
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
	private ResultActions share(Scene scene, String section) throws Exception {
		return this.mvc
			.perform(post(section + "/sharing").param("shared", "true").with(user(scene.candidate())).with(csrf()));
	}

	/** The candidate stops sharing the section at this path. */
	private ResultActions stopSharing(Scene scene, String section) throws Exception {
		return this.mvc
			.perform(post(section + "/sharing").param("shared", "false").with(user(scene.candidate())).with(csrf()));
	}

}
