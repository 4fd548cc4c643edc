package org.chartfolio.review;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
class ReviewWebTests {

	@Autowired
	private MockMvc mvc;

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

	private SignedInUser candidate;

	private SignedInUser mentor;

	private long portfolio;

	private long section;

	private String url;

	@BeforeEach
	void portfolioWithAMentor() {
		this.candidate = this.fixtures.person("Ada Candidate");
		this.mentor = this.fixtures.person("Mo Mentor");
		this.portfolio = this.fixtures.portfolio(this.candidate, "certification");
		this.memberships.join(this.portfolio, this.mentor, PortfolioRole.MENTOR);
		this.section = this.portfolios.view(this.candidate, this.portfolio).sections().get(0).id();
		this.writing.save(this.candidate, this.portfolio, this.section, "First paragraph.\n\nSecond paragraph.", 0, false);
		this.url = "/portfolios/" + this.portfolio + "/sections/" + this.section;
	}

	@Test
	void eachPersonSeesTheStepsThatAreTheirsToTake() throws Exception {
		this.mvc.perform(get(this.url + "/review").with(user(this.candidate)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Mark ready for review</button>")))
			.andExpect(content().string(not(containsString(">Approve the section</button>"))))
			.andExpect(content().string(containsString("Paragraph 2: Second paragraph.")));
		this.mvc.perform(get(this.url + "/review").with(user(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has not asked for a review")))
			.andExpect(content().string(not(containsString(">Mark ready for review</button>"))));

		this.mvc.perform(post(this.url + "/review/ready").param("version", String.valueOf(version()))
			.with(user(this.candidate)).with(csrf()))
			.andExpect(redirectedUrl(this.url + "/review"))
			.andExpect(flash().attribute("notice", "review.readyDone"));

		this.mvc.perform(get(this.url + "/review").with(user(this.mentor)))
			.andExpect(content().string(containsString(">Approve the section</button>")))
			.andExpect(content().string(containsString(">Request changes</button>")));
		this.mvc.perform(get(this.url).with(user(this.mentor)))
			.andExpect(content().string(containsString("Ready for review")))
			.andExpect(content().string(containsString("Review and comments")));
	}

	@Test
	void aRequestForChangesWithoutWordsIsShownAgainWithTheReason() throws Exception {
		this.review.markReadyForReview(this.candidate, this.portfolio, this.section, version());

		this.mvc.perform(post(this.url + "/review/request-changes").param("version", String.valueOf(version()))
			.param("comment", "  ").with(user(this.mentor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write a comment.")));
		assertThat(sectionStatus()).isEqualTo(SectionStatus.READY_FOR_REVIEW);

		this.mvc.perform(post(this.url + "/review/request-changes").param("version", String.valueOf(version()))
			.param("comment", "Say what you learned.").with(user(this.mentor)).with(csrf()))
			.andExpect(redirectedUrl(this.url + "/review"));
		this.mvc.perform(get(this.url + "/review").with(user(this.candidate)))
			.andExpect(content().string(containsString("Say what you learned.")))
			.andExpect(content().string(containsString("Changes requested")));
	}

	@Test
	void anApprovedSectionsEditorExplainsTheLockAndKeepsWhatWasTyped() throws Exception {
		long textVersion = this.writing.editor(this.candidate, this.portfolio, this.section).version();
		this.review.markReadyForReview(this.candidate, this.portfolio, this.section, version());
		this.mvc.perform(post(this.url + "/review/approve").param("version", String.valueOf(version()))
			.with(user(this.mentor)).with(csrf()))
			.andExpect(redirectedUrl(this.url + "/review"));

		this.mvc.perform(get(this.url + "/edit").with(user(this.candidate)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This section is approved")))
			.andExpect(content().string(containsString(">Reopen the section</button>")))
			.andExpect(content().string(not(containsString("id=\"editor-form\""))));
		this.mvc.perform(post(this.url + "/edit").param("body", "My late change").param("version", String.valueOf(textVersion))
			.with(user(this.candidate)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("its text is locked")))
			.andExpect(content().string(containsString("My late change")));
		this.mvc.perform(post(this.url + "/clear").with(user(this.candidate)).with(csrf()))
			.andExpect(redirectedUrl(this.url + "/edit"));

		this.mvc.perform(post(this.url + "/review/reopen").param("version", String.valueOf(version())).param("reason", "")
			.with(user(this.candidate)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a reason for reopening the section.")));
		this.mvc.perform(post(this.url + "/review/reopen").param("version", String.valueOf(version()))
			.param("reason", "New evidence").with(user(this.candidate)).with(csrf()))
			.andExpect(redirectedUrl(this.url + "/review"));
		assertThat(sectionStatus()).isEqualTo(SectionStatus.DRAFT);
		this.mvc.perform(get(this.url).with(user(this.mentor)))
			.andExpect(content().string(containsString("Changed since approval")))
			.andExpect(content().string(containsString("Nothing has changed since approval.")));
	}

	@Test
	void commentsQuoteAParagraphAndRepliesWithoutWordsAreRefusedNextToTheField() throws Exception {
		this.mvc.perform(post(this.url + "/review/threads").param("paragraph", "2").param("body", "Why?")
			.with(user(this.mentor)).with(csrf()))
			.andExpect(flash().attribute("notice", "review.comment.posted"));
		long thread = this.review.page(this.candidate, this.portfolio, this.section).threads().get(0).id();

		this.mvc.perform(post(this.url + "/review/threads/" + thread + "/replies").param("body", " ")
			.with(user(this.candidate)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reply-" + thread + "-error\"")));
		this.mvc.perform(post(this.url + "/review/threads/" + thread + "/resolve").param("version", "0")
			.with(user(this.candidate)).with(csrf()))
			.andExpect(flash().attribute("notice", "review.thread.resolved"));
		this.mvc.perform(get(this.url + "/review").with(user(this.mentor)))
			.andExpect(content().string(containsString("Second paragraph.")))
			.andExpect(content().string(containsString("Resolved by Ada Candidate")))
			.andExpect(content().string(containsString("Comments (0 unresolved)")));
	}

	@Test
	void aMentorsResolveOrReopenWithoutAVersionShowsTheThreadPageWithAClearMessage() throws Exception {
		this.mvc.perform(post(this.url + "/review/threads").param("body", "Why?").with(user(this.mentor)).with(csrf()))
			.andExpect(flash().attribute("notice", "review.comment.posted"));
		long thread = this.review.page(this.candidate, this.portfolio, this.section).threads().get(0).id();

		for (String step : new String[] { "/resolve", "/reopen" }) {
			this.mvc.perform(post(this.url + "/review/threads/" + thread + step).with(user(this.mentor)).with(csrf()))
				.andExpect(redirectedUrl(this.url + "/review#thread-" + thread))
				.andExpect(flash().attribute("reviewProblem", "review.thread.noVersion"));
			this.mvc.perform(post(this.url + "/review/threads/" + thread + step).param("version", "not a number")
				.with(user(this.mentor)).with(csrf()))
				.andExpect(redirectedUrl(this.url + "/review#thread-" + thread))
				.andExpect(flash().attribute("reviewProblem", "review.thread.noVersion"));
		}
		this.mvc.perform(get(this.url + "/review").with(user(this.mentor)).flashAttr("reviewProblem", "review.thread.noVersion"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This thread may have changed while you were reading it")))
			.andExpect(content().string(containsString("Comments (1 unresolved)")));
	}

	private long version() {
		return this.portfolios.section(this.candidate, this.portfolio, this.section).version();
	}

	private SectionStatus sectionStatus() {
		return this.portfolios.section(this.candidate, this.portfolio, this.section).status();
	}

}
