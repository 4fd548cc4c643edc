package org.chartfolio.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionSharing;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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

/**
 * Every page of a section (statement, CV, job description, organisational context, PKSB,
 * plan, and the copy shared with a line manager) says where the section stands in review
 * and offers the viewer's next step, and a step taken there comes back to the page it was
 * taken from.
 */
@IntegrationTest
class SectionStatusWebTests {

	private static final String READY_BUTTON = ">Mark ready for review</button>";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Pages pages;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private SectionSharing sharing;

	@Autowired
	private ReviewService review;

	@Autowired
	private Clock clock;

	private SignedInUser stranger;

	private Portfolio portfolio;

	@BeforeEach
	void portfolioWithAMentorAndALineManager() {
		this.stranger = this.scene.person("Sam Stranger");
		this.portfolio = this.scene.candidate("Ada Candidate")
			.mentor("Dr Ruth Okafor")
			.lineManager("Lee Manager")
			.portfolio("certification");
	}

	/** Each kind of section and the page that is its own. */
	private List<String[]> pages() {
		String base = "/portfolios/" + this.portfolio.id();
		return List.of(new String[] { base + "/sections/" + section(SectionKind.STATEMENT).id(), "SECTION" },
				new String[] { base + "/sections/" + section(SectionKind.STATEMENT).id() + "/edit", "EDITOR" },
				new String[] { base + "/sections/" + section(SectionKind.CV).id(), "SECTION" },
				new String[] { base + "/sections/" + section(SectionKind.JOB_DESCRIPTION).id(), "SECTION" },
				new String[] { base + "/sections/" + section(SectionKind.ORGANISATIONAL_CONTEXT).id(), "SECTION" },
				new String[] { base + "/pksb", "PKSB" }, new String[] { base + "/plan", "PLAN" });
	}

	@Test
	void everySectionPageShowsTheStatusAndTheCandidatesNextStep() throws Exception {
		for (String[] page : pages()) {
			this.mvc.perform(get(page[0]).with(user(this.portfolio.candidate())))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"section-status\""),
						containsString("data-testid=\"section-status\">Draft<"), containsString(READY_BUTTON),
						containsString("name=\"returnTo\" value=\"" + page[1] + "\""))));
		}
	}

	@Test
	void theMentorIsLedToTheReviewOnceAskedAndTheLineManagerAndAStrangerGetNoStep() throws Exception {
		SectionView plan = section(SectionKind.DEVELOPMENT_PLAN);
		for (String[] page : pages()) {
			if (page[1].equals("EDITOR")) {
				this.mvc.perform(get(page[0]).with(user(this.portfolio.mentor()))).andExpect(status().isNotFound());
				continue;
			}
			this.mvc.perform(get(page[0]).with(user(this.portfolio.mentor())))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"section-status\""),
						containsString("has not asked for a review of this section yet"),
						not(containsString(READY_BUTTON)), not(containsString(">Review and decide<")))));
			this.mvc.perform(get(page[0]).with(user(this.portfolio.lineManager()))).andExpect(status().isNotFound());
			this.mvc.perform(get(page[0]).with(user(this.stranger))).andExpect(status().isNotFound());
		}

		this.review.markReadyForReview(this.portfolio.candidate(), this.portfolio.id(), plan.id(), plan.version());
		String reviewUrl = path(plan) + "/review";
		this.mvc.perform(get("/portfolios/" + this.portfolio.id() + "/plan").with(user(this.portfolio.mentor())))
			.andExpect(content().string(allOf(containsString("data-testid=\"section-status\">Ready for review<"),
					containsString("href=\"" + reviewUrl + "#decision\">Review and decide<"))));
		this.mvc.perform(get("/portfolios/" + this.portfolio.id() + "/plan").with(user(this.portfolio.candidate())))
			.andExpect(content().string(allOf(containsString("Your mentor has been asked to review this section"),
					not(containsString(READY_BUTTON)))));
	}

	@Test
	void theLineManagerSeesTheStatusOfASharedSectionAndNoStep() throws Exception {
		SectionView statement = writtenStatement();
		this.sharing.setShared(this.portfolio.candidate(), this.portfolio.id(), statement.id(), true);
		approve(statement);

		this.mvc
			.perform(get("/portfolios/" + this.portfolio.id() + "/progress/sections/" + statement.id())
				.with(user(this.portfolio.lineManager())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"approval-banner\""),
					containsString("Approved by Dr Ruth Okafor on " + today() + " \u2014 locked"),
					not(containsString("/review")), not(containsString("Reopen this section")),
					not(containsString(READY_BUTTON)))));
	}

	@Test
	void anApprovedSectionShowsTheBannerWithReopenAsAQuietSecondStep() throws Exception {
		SectionView pksb = section(SectionKind.PKSB);
		approve(pksb);

		String page = this.pages.as(this.portfolio.candidate(), "/portfolios/" + this.portfolio.id() + "/pksb");
		assertThat(page).contains("id=\"approval-banner\"")
			.contains("Approved by Dr Ruth Okafor on " + today() + " \u2014 locked")
			.contains("<summary class=\"section-reopen-toggle\">Reopen this section</summary>");
		String banner = page.substring(page.indexOf("id=\"approval-banner\""), page.indexOf("</details>"));
		assertThat(banner).doesNotContain("btn-primary").contains("btn-outline-secondary");

		this.mvc.perform(get("/portfolios/" + this.portfolio.id() + "/pksb").with(user(this.portfolio.mentor())))
			.andExpect(content().string(allOf(containsString("Approved by Dr Ruth Okafor on " + today()),
					not(containsString("Reopen this section")))));
	}

	@Test
	void reopeningFromTheEditorReturnsToTheEditorAndFromTheSectionPageToTheSectionPage() throws Exception {
		SectionView statement = writtenStatement();
		String url = path(statement);

		approve(statement);
		this.mvc.perform(reopen(url, statement, "New figures").param("returnTo", "EDITOR"))
			.andExpect(redirectedUrl(url + "/edit"))
			.andExpect(flash().attribute("notice", "review.reopened"));
		this.mvc.perform(get(url + "/edit").with(user(this.portfolio.candidate())))
			.andExpect(content().string(allOf(containsString("New figures"), containsString("id=\"editor-form\""))));

		approve(statement);
		this.mvc.perform(reopen(url, statement, "More figures").param("returnTo", "SECTION"))
			.andExpect(redirectedUrl(url));

		approve(statement);
		this.mvc.perform(reopen(url, statement, "Still more")).andExpect(redirectedUrl(url + "/review"));
	}

	@Test
	void markingReadyReturnsToThePksbOrThePlan() throws Exception {
		SectionView pksb = section(SectionKind.PKSB);
		SectionView plan = section(SectionKind.DEVELOPMENT_PLAN);
		this.mvc.perform(candidateStep(path(pksb) + "/review/ready", pksb).param("returnTo", "PKSB"))
			.andExpect(redirectedUrl("/portfolios/" + this.portfolio.id() + "/pksb"))
			.andExpect(flash().attribute("notice", "review.readyDone"));
		this.mvc.perform(candidateStep(path(plan) + "/review/ready", plan).param("returnTo", "PLAN"))
			.andExpect(redirectedUrl("/portfolios/" + this.portfolio.id() + "/plan"));
		assertThat(section(SectionKind.PKSB).status()).isEqualTo(SectionStatus.READY_FOR_REVIEW);
		assertThat(section(SectionKind.DEVELOPMENT_PLAN).status()).isEqualTo(SectionStatus.READY_FOR_REVIEW);
	}

	@Test
	void aReturnPlaceThatIsNotOursGoesBackToTheReviewPage() throws Exception {
		SectionView cv = section(SectionKind.CV);
		String url = path(cv);
		for (String elsewhere : new String[] { "https://evil.example/", "//evil.example", "/admin", "editor" }) {
			SectionView current = section(SectionKind.CV);
			if (current.status() == SectionStatus.READY_FOR_REVIEW) {
				this.review.requestChanges(this.portfolio.mentor(), this.portfolio.id(), cv.id(), current.version(),
						"More, please.");
			}
			this.mvc.perform(candidateStep(url + "/review/ready", section(SectionKind.CV)).param("returnTo", elsewhere))
				.andExpect(redirectedUrl(url + "/review"));
		}
	}

	@Test
	void aReopenWithoutAReasonComesBackToTheEditorWithTheReasonNextToTheField() throws Exception {
		SectionView statement = writtenStatement();
		String url = path(statement);
		approve(statement);

		this.mvc.perform(reopen(url, statement, "  ").param("returnTo", "EDITOR"))
			.andExpect(redirectedUrl(url + "/edit#section-status"))
			.andExpect(flash().attribute("statusProblem", "review.refused.reasonRequired"));
		assertThat(section(SectionKind.STATEMENT).status()).isEqualTo(SectionStatus.APPROVED);

		this.mvc
			.perform(get(url + "/edit").with(user(this.portfolio.candidate()))
				.flashAttr("statusProblem", "review.refused.reasonRequired")
				.flashAttr("statusReason", "  "))
			.andExpect(content().string(allOf(
					containsString("<details class=\"section-reopen mt-2\" id=\"reopen\" open"),
					containsString("id=\"section-reopen-reason-error\""), containsString("aria-invalid=\"true\""))));
	}

	@Test
	void theSectionPageOfThePksbOrThePlanLeadsToItsRecord() throws Exception {
		String base = "/portfolios/" + this.portfolio.id();
		this.mvc.perform(get(base + "/sections/" + section(SectionKind.PKSB).id()).with(user(this.portfolio.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"section-status\""),
					containsString("href=\"" + base + "/pksb\">Open the page: PKSB self-assessment<"))));
		this.mvc
			.perform(get(base + "/sections/" + section(SectionKind.DEVELOPMENT_PLAN).id() + "/review")
				.with(user(this.portfolio.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"record-elsewhere\""),
					containsString("href=\"" + base + "/plan\">Open the page: Development plan<"),
					not(containsString("id=\"no-text\"")))));
	}

	/**
	 * The candidate's step on a section, posted from one of its pages, naming the
	 * section's version as it stands now.
	 */
	/** The section's page, where its other addresses start. */
	private String path(SectionView section) {
		return "/portfolios/" + this.portfolio.id() + "/sections/" + section.id();
	}

	/** The statement, with its first words written. */
	private SectionView writtenStatement() {
		SectionView statement = section(SectionKind.STATEMENT);
		this.scene.write(this.portfolio, statement.id(), "What I did.");
		return statement;
	}

	/** The candidate reopens the approved section at this address, giving this reason. */
	private MockHttpServletRequestBuilder reopen(String url, SectionView which, String reason) {
		return candidateStep(url + "/review/reopen", which).param("reason", reason);
	}

	private MockHttpServletRequestBuilder candidateStep(String path, SectionView which) {
		return post(path).param("version", version(which)).with(user(this.portfolio.candidate())).with(csrf());
	}

	private void approve(SectionView which) {
		SectionView current = current(which);
		this.review.markReadyForReview(this.portfolio.candidate(), this.portfolio.id(), which.id(), current.version());
		this.review.approve(this.portfolio.mentor(), this.portfolio.id(), which.id(), current.version() + 1);
	}

	private String version(SectionView which) {
		return String.valueOf(current(which).version());
	}

	/** The section as it stands now. */
	private SectionView current(SectionView which) {
		return this.scene.sections(this.portfolio)
			.stream()
			.filter((s) -> s.id() == which.id())
			.findFirst()
			.orElseThrow();
	}

	private SectionView section(SectionKind kind) {
		return this.scene.sections(this.portfolio).stream().filter((s) -> s.kind() == kind).findFirst().orElseThrow();
	}

	private String today() {
		return LocalDate.now(this.clock).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
	}

}
