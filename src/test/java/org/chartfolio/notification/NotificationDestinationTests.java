package org.chartfolio.notification;

import org.chartfolio.review.ReviewService;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications lead to the thing: the thread on the page where its recipient acts, as
 * the section stands when it is opened, with a snippet of the comment and where the
 * section stands now.
 */
@IntegrationTest
class NotificationDestinationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ReviewService review;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private NotificationScenes scenes;

	private long sectionId;

	private String section;

	private Portfolio portfolio;

	@BeforeEach
	void written() {
		this.portfolio = this.scene.candidate("Priya Shah").mentor("Owen Hale").portfolio("certification");
		this.sectionId = this.jdbc
			.sql("select id from section where portfolio_id = ? and kind = 'STATEMENT' order by position limit 1")
			.param(this.portfolio.id())
			.query(Long.class)
			.single();
		this.section = "/portfolios/" + this.portfolio.id() + "/sections/" + this.sectionId;
		this.scene.rewrite(this.portfolio, this.sectionId,
				"I ran the summer reading challenge.\n\nIt took me out of my own library and into schools.");
		this.review.markReadyForReview(this.portfolio.candidate(), this.portfolio.id(), this.sectionId, version());
	}

	@Test
	void eachNotificationOpensTheThreadWhereItsRecipientActsAndTheReviewRequestIsDoneOnceDecided() throws Exception {
		this.mvc.perform(get("/notifications").with(user(this.portfolio.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Waiting for your review"),
					containsString("id=\"notifications-section-" + this.sectionId + "\""))));
		this.mvc.perform(
				post("/notifications/" + this.scenes.latestId(this.portfolio.mentor(), "READY_FOR_REVIEW") + "/open")
					.with(user(this.portfolio.mentor()))
					.with(csrf()))
			.andExpect(redirectedUrl(this.section + "/review#decision"));

		long thread = this.review.comment(this.portfolio.mentor(), this.portfolio.id(), this.sectionId,
				"Say what the schools work showed you, not only where it took you.", 2);
		long comment = this.scenes.latestId(this.portfolio.candidate(), "COMMENTED");
		this.mvc.perform(get("/notifications").with(user(this.portfolio.candidate())))
			.andExpect(content().string(allOf(containsString("Say what the schools work showed you"),
					containsString("Waiting for your mentor&#39;s review"))));
		this.mvc
			.perform(post("/notifications/" + comment + "/open").with(user(this.portfolio.candidate())).with(csrf()))
			.andExpect(redirectedUrl(this.section + "/edit#thread-" + thread));
		this.mvc.perform(get(this.section + "/edit").with(user(this.portfolio.candidate())))
			.andExpect(content().string(allOf(containsString("id=\"thread-" + thread + "\""),
					containsString("About paragraph 2"), containsString("Say what the schools work showed you"))));

		this.review.requestChanges(this.portfolio.mentor(), this.portfolio.id(), this.sectionId, version(),
				"Make the last paragraph reflective: what, so what, now what.");
		this.mvc.perform(get("/").with(user(this.portfolio.mentor())))
			.andExpect(content().string(containsString(">Notifications</a>")));
		this.mvc.perform(get("/notifications").with(user(this.portfolio.mentor())))
			.andExpect(
					content().string(allOf(containsString("You requested changes"), containsString(">Done</span>"))));
		this.mvc
			.perform(post(
					"/notifications/" + this.scenes.latestId(this.portfolio.candidate(), "CHANGES_REQUESTED") + "/open")
				.with(user(this.portfolio.candidate()))
				.with(csrf()))
			.andExpect(redirectedUrl(this.section + "/edit#thread-"
					+ this.review.page(this.portfolio.candidate(), this.portfolio.id(), this.sectionId)
						.changesRequest()
						.threadId()));
		this.mvc.perform(get("/notifications").with(user(this.portfolio.candidate())))
			.andExpect(content().string(
					allOf(containsString("Changes requested"), containsString("Make the last paragraph reflective"))));

		this.review.reply(this.portfolio.candidate(), this.portfolio.id(), this.sectionId, thread,
				"Rewritten: see the new ending.");
		this.mvc
			.perform(post("/notifications/" + this.scenes.latestId(this.portfolio.mentor(), "COMMENTED") + "/open")
				.with(user(this.portfolio.mentor()))
				.with(csrf()))
			.andExpect(redirectedUrl(this.section + "/review#thread-" + thread));

		this.review.resolve(this.portfolio.candidate(), this.portfolio.id(), this.sectionId, thread,
				threadVersion(thread));
		// Resolved, it is no longer in the editor's open threads: the section page shows
		// every thread.
		this.mvc
			.perform(post("/notifications/" + comment + "/open").with(user(this.portfolio.candidate())).with(csrf()))
			.andExpect(redirectedUrl(this.section + "#thread-" + thread));
		this.mvc.perform(get(this.section).with(user(this.portfolio.candidate())))
			.andExpect(content().string(allOf(containsString("id=\"thread-" + thread + "\""),
					containsString("id=\"sent-back\""), containsString("Make the last paragraph reflective"))));
		this.mvc.perform(get("/notifications").with(user(this.portfolio.candidate())))
			.andExpect(content().string(containsString("Thread resolved")));
	}

	@Test
	void theMentorSeesTheyApprovedIt() throws Exception {
		this.review.approve(this.portfolio.mentor(), this.portfolio.id(), this.sectionId, version(), true);
		this.mvc.perform(get("/notifications").with(user(this.portfolio.mentor())))
			.andExpect(content().string(allOf(containsString("You approved this"), containsString(">Done</span>"),
					not(containsString(">Unread</strong>")))));
		this.mvc.perform(get("/notifications").with(user(this.portfolio.candidate())))
			.andExpect(content()
				.string(allOf(containsString(">Approved</span>"), not(containsString("You approved this")))));
		this.mvc
			.perform(post("/notifications/" + this.scenes.latestId(this.portfolio.candidate(), "APPROVED") + "/open")
				.with(user(this.portfolio.candidate()))
				.with(csrf()))
			.andExpect(redirectedUrl(this.section));
	}

	private long version() {
		return this.scene.section(this.portfolio, this.sectionId).version();
	}

	private long threadVersion(long thread) {
		return this.review.page(this.portfolio.candidate(), this.portfolio.id(), this.sectionId)
			.threads()
			.stream()
			.filter((t) -> t.id() == thread)
			.findFirst()
			.orElseThrow()
			.version();
	}

}
