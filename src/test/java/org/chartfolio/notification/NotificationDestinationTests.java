package org.chartfolio.notification;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Notifications lead to the thing: the thread on the page where its recipient acts, as the section
 * stands when it is opened, with a snippet of the comment and where the section stands now.
 */
@IntegrationTest
class NotificationDestinationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private WritingService writing;

	@Autowired
	private ReviewService review;

	@Autowired
	private JdbcClient jdbc;

	private SignedInUser candidate;

	private SignedInUser mentor;

	private long portfolioId;

	private long sectionId;

	private String section;

	@BeforeEach
	void written() {
		this.candidate = this.fixtures.person("Priya Shah");
		this.mentor = this.fixtures.person("Owen Hale");
		this.portfolioId = this.fixtures.portfolio(this.candidate, "certification");
		this.memberships.join(this.portfolioId, this.mentor, PortfolioRole.MENTOR);
		this.sectionId = this.jdbc.sql("select id from section where portfolio_id = ? and kind = 'STATEMENT' order by position limit 1")
			.param(this.portfolioId)
			.query(Long.class)
			.single();
		this.section = "/portfolios/" + this.portfolioId + "/sections/" + this.sectionId;
		this.writing.save(this.candidate, this.portfolioId, this.sectionId,
				"I ran the summer reading challenge.\n\nIt took me out of my own library and into schools.",
				this.writing.editor(this.candidate, this.portfolioId, this.sectionId).version(), false);
		this.review.markReadyForReview(this.candidate, this.portfolioId, this.sectionId, version());
	}

	@Test
	void eachNotificationOpensTheThreadWhereItsRecipientActsAndTheReviewRequestIsDoneOnceDecided() throws Exception {
		this.mvc.perform(get("/notifications").with(user(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Waiting for your review"),
					containsString("id=\"notifications-section-" + this.sectionId + "\""))));
		this.mvc.perform(post("/notifications/" + idOf(this.mentor, "READY_FOR_REVIEW") + "/open").with(user(this.mentor)).with(csrf()))
			.andExpect(redirectedUrl(this.section + "/review#decision"));

		long thread = this.review.comment(this.mentor, this.portfolioId, this.sectionId,
				"Say what the schools work showed you, not only where it took you.", 2);
		long comment = idOf(this.candidate, "COMMENTED");
		this.mvc.perform(get("/notifications").with(user(this.candidate)))
			.andExpect(content().string(allOf(containsString("Say what the schools work showed you"),
					containsString("Waiting for your mentor&#39;s review"))));
		this.mvc.perform(post("/notifications/" + comment + "/open").with(user(this.candidate)).with(csrf()))
			.andExpect(redirectedUrl(this.section + "/edit#thread-" + thread));
		this.mvc.perform(get(this.section + "/edit").with(user(this.candidate)))
			.andExpect(content().string(allOf(containsString("id=\"thread-" + thread + "\""),
					containsString("About paragraph 2"), containsString("Say what the schools work showed you"))));

		this.review.requestChanges(this.mentor, this.portfolioId, this.sectionId, version(),
				"Make the last paragraph reflective: what, so what, now what.");
		this.mvc.perform(get("/").with(user(this.mentor)))
			.andExpect(content().string(containsString(">Notifications</a>")));
		this.mvc.perform(get("/notifications").with(user(this.mentor)))
			.andExpect(content().string(allOf(containsString("You requested changes"), containsString(">Done</span>"))));
		this.mvc.perform(post("/notifications/" + idOf(this.candidate, "CHANGES_REQUESTED") + "/open")
			.with(user(this.candidate))
			.with(csrf()))
			.andExpect(redirectedUrl(this.section + "/edit#thread-"
					+ this.review.page(this.candidate, this.portfolioId, this.sectionId).changesRequest().threadId()));
		this.mvc.perform(get("/notifications").with(user(this.candidate)))
			.andExpect(content().string(allOf(containsString("Changes requested"),
					containsString("Make the last paragraph reflective"))));

		this.review.reply(this.candidate, this.portfolioId, this.sectionId, thread, "Rewritten: see the new ending.");
		this.mvc.perform(post("/notifications/" + idOf(this.mentor, "COMMENTED") + "/open").with(user(this.mentor)).with(csrf()))
			.andExpect(redirectedUrl(this.section + "/review#thread-" + thread));

		this.review.resolve(this.candidate, this.portfolioId, this.sectionId, thread, threadVersion(thread));
		// Resolved, it is no longer in the editor's open threads: the section page shows every thread.
		this.mvc.perform(post("/notifications/" + comment + "/open").with(user(this.candidate)).with(csrf()))
			.andExpect(redirectedUrl(this.section + "#thread-" + thread));
		this.mvc.perform(get(this.section).with(user(this.candidate)))
			.andExpect(content().string(allOf(containsString("id=\"thread-" + thread + "\""), containsString("id=\"sent-back\""),
					containsString("Make the last paragraph reflective"))));
		this.mvc.perform(get("/notifications").with(user(this.candidate)))
			.andExpect(content().string(containsString("Thread resolved")));
	}

	@Test
	void theMentorSeesTheyApprovedIt() throws Exception {
		this.review.approve(this.mentor, this.portfolioId, this.sectionId, version(), true);
		this.mvc.perform(get("/notifications").with(user(this.mentor)))
			.andExpect(content().string(allOf(containsString("You approved this"), containsString(">Done</span>"),
					not(containsString(">Unread</strong>")))));
		this.mvc.perform(get("/notifications").with(user(this.candidate)))
			.andExpect(content().string(allOf(containsString(">Approved</span>"), not(containsString("You approved this")))));
		this.mvc.perform(post("/notifications/" + idOf(this.candidate, "APPROVED") + "/open").with(user(this.candidate)).with(csrf()))
			.andExpect(redirectedUrl(this.section));
	}

	private long version() {
		return this.portfolios.section(this.candidate, this.portfolioId, this.sectionId).version();
	}

	private long threadVersion(long thread) {
		return this.review.page(this.candidate, this.portfolioId, this.sectionId)
			.threads()
			.stream()
			.filter((t) -> t.id() == thread)
			.findFirst()
			.orElseThrow()
			.version();
	}

	private long idOf(SignedInUser recipient, String kind) {
		return this.jdbc.sql("select id from notification where recipient_id = ? and kind = ? order by id desc limit 1")
			.param(recipient.id())
			.param(kind)
			.query(Long.class)
			.single();
	}

}
