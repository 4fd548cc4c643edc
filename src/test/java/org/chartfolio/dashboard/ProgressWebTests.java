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
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProgressWebTests {

	@Autowired
	private MockMvc mvc;

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

		this.mvc.perform(get("/portfolios/" + scene.portfolioId() + "/progress").with(user(scene.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Progress of My certification portfolio")))
			.andExpect(content().string(containsString("Statement words")))
			.andExpect(content().string(containsString("Draft")))
			.andExpect(content().string(containsString("Not shared")))
			.andExpect(content().string(not(containsString("survey"))))
			.andExpect(content().string(not(containsString("portfolio-nav"))))
			.andExpect(content().string(not(containsString("Share with line manager"))));
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

		this.mvc.perform(get(progress).with(user(scene.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Development plan goals")))
			.andExpect(content().string(containsString("Complete a First Aid course")))
			.andExpect(content().string(containsString(day.format(today.plusDays(40)))))
			.andExpect(content().string(containsString("In progress")))
			.andExpect(content().string(containsString("Learn cataloguing in RDA")))
			.andExpect(content().string(containsString("No target date")))
			.andExpect(content().string(containsString("Planned")))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesRegex("(?s).*Last meeting</dt>\\s*<dd>" + day.format(today.minusDays(3)) + "</dd>.*")))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesRegex("(?s).*Next meeting</dt>\\s*<dd>" + day.format(today.plusDays(12)) + "</dd>.*")))
			.andExpect(content().string(containsString("Candidate&#39;s last activity")))
			.andExpect(content().string(org.hamcrest.Matchers
				.matchesRegex("(?s).*Mentor&#39;s last activity</dt>\\s*<dd>\\s*<time datetime=\"[^\"]+\">"
						+ day.format(today) + " .*")))
			.andExpect(content().string(not(containsString("survey"))))
			.andExpect(content().string(not(containsString("Nobody on the late shift"))))
			.andExpect(content().string(not(containsString("Book the county course"))))
			.andExpect(content().string(not(containsString("appraisal privately"))))
			.andExpect(content().string(not(containsString("Ask the head of service"))))
			.andExpect(content().string(not(containsString("Confidential"))));
	}

	@Test
	void beforeTheMentorHasCommentedThePageSaysSo() throws Exception {
		Scene scene = scene();
		this.mvc.perform(get("/portfolios/" + scene.portfolioId() + "/progress").with(user(scene.manager())))
			.andExpect(content().string(containsString("No comments from a mentor yet")))
			.andExpect(content().string(containsString("No goals in the development plan yet.")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesRegex("(?s).*Next meeting</dt>\\s*<dd>Not set</dd>.*")));
	}

	@Test
	void theLineManagerIsNotifiedOfASharedSectionAndTheNotificationLeadsToIt() throws Exception {
		Scene scene = scene();
		String progress = "/portfolios/" + scene.portfolioId() + "/progress";
		String shared = progress + "/sections/" + scene.statement().id();

		this.mvc.perform(post(shared + "/sharing").param("shared", "true").with(user(scene.candidate())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String list = this.mvc.perform(get("/notifications").with(user(scene.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nia Evans shared")))
			.andExpect(content().string(containsString("with you")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher open = java.util.regex.Pattern.compile("action=\"(/notifications/\\d+/open)\"")
			.matcher(list);
		org.assertj.core.api.Assertions.assertThat(open.find()).as("a form to open the notification").isTrue();
		this.mvc.perform(post(open.group(1)).with(user(scene.manager())).with(csrf())).andExpect(redirectedUrl(shared));
		this.mvc.perform(get(shared).with(user(scene.manager()))).andExpect(status().isOk());
		this.mvc.perform(get("/notifications").with(user(scene.mentor())))
			.andExpect(content().string(not(containsString("Nia Evans shared"))));

		this.mvc.perform(post(shared + "/sharing").param("shared", "false").with(user(scene.candidate())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/notifications").with(user(scene.manager())))
			.andExpect(content().string(not(containsString("Nia Evans shared"))));
	}

	@Test
	void theHomePageCardOfTheLineManagerShowsNumbersAndLinksToProgress() throws Exception {
		Scene scene = scene();

		this.mvc.perform(get("/").with(user(scene.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/portfolios/" + scene.portfolioId() + "/progress\"")))
			.andExpect(content().string(containsString("Evidence items")))
			.andExpect(content().string(containsString("6 of 1,000")))
			.andExpect(content().string(not(containsString("href=\"/portfolios/" + scene.portfolioId() + "\""))));
	}

	@Test
	void theCandidateSharesASectionAndTheLineManagerReadsItWithoutLinksToEvidence() throws Exception {
		Scene scene = scene();
		String progress = "/portfolios/" + scene.portfolioId() + "/progress";
		String shared = progress + "/sections/" + scene.statement().id();

		this.mvc.perform(get(progress).with(user(scene.candidate())))
			.andExpect(content().string(containsString("Share with line manager")));
		this.mvc.perform(get(shared).with(user(scene.manager()))).andExpect(status().isNotFound());

		this.mvc.perform(post(shared + "/sharing").param("shared", "true").with(user(scene.candidate())).with(csrf()))
			.andExpect(redirectedUrl(progress + "#section-" + scene.statement().id()))
			.andExpect(flash().attribute("notice", "progress.shared"));

		this.mvc.perform(get(shared).with(user(scene.manager())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>survey</strong>")))
			.andExpect(content().string(containsString("[E1]")))
			.andExpect(content().string(containsString("<a href=\"" + progress + "\">Progress of")))
			.andExpect(content().string(not(containsString("href=\"/portfolios/" + scene.portfolioId() + "\""))))
			.andExpect(content().string(not(containsString("portfolio-nav"))))
			.andExpect(content().string(not(containsString("/evidence/"))))
			.andExpect(content().string(not(containsString("Staff survey results"))));
		this.mvc.perform(get(progress).with(user(scene.candidate())))
			.andExpect(content().string(containsString("Stop sharing")))
			.andExpect(content().string(containsString("See what they see")));

		this.mvc.perform(post(shared + "/sharing").param("shared", "false").with(user(scene.candidate())).with(csrf()))
			.andExpect(flash().attribute("notice", "progress.unshared"));
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
		this.mvc.perform(get("/portfolios/" + scene.portfolioId() + "/progress").with(user(scene.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Share with line manager"))));
	}

	@Test
	void theCandidateIsToldToInviteALineManagerBeforeSharing() throws Exception {
		Portfolio p = this.scene.candidate("Alone").portfolio("chartership");

		this.mvc.perform(get("/portfolios/" + p.id() + "/progress").with(user(p.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Once you invite a line manager")))
			.andExpect(content().string(not(containsString("Share with line manager"))));
	}

}
