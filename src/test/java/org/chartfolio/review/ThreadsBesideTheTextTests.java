package org.chartfolio.review;

import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.ReviewScene;
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
 * The candidate revises beside the comments: the editor shows the open threads, the
 * section page all of them, each with reply and resolve in place (htmx) or as plain forms
 * that come back to the same page; the mentor's summary of a request for changes heads
 * both pages.
 */
@IntegrationTest
class ThreadsBesideTheTextTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ReviewScene reviews;

	@Autowired
	private ReviewService review;

	private long section;

	private String url;

	private long thread;

	private Portfolio portfolio;

	@BeforeEach
	void aSectionSentBackWithAComment() {
		this.portfolio = this.scene.candidate("Ada Candidate")
			.mentor("Mo Mentor")
			.lineManager("Lin Manager")
			.portfolio("certification");
		this.section = this.reviews.readyForReview(this.portfolio,
				"First paragraph.\n\nIt took me out of my own library.");
		this.url = "/portfolios/" + this.portfolio.id() + "/sections/" + this.section;
		this.thread = this.review.comment(this.portfolio.mentor(), this.portfolio.id(), this.section,
				"Say what it showed you.", 2, "took me out of my own library", "showed me how other libraries work");
		this.review.requestChanges(this.portfolio.mentor(), this.portfolio.id(), this.section, version(),
				"Reflect on the second paragraph.");
	}

	@Test
	void theEditorShowsTheOpenThreadsAndTheMentorsSummary() throws Exception {
		this.mvc.perform(get(this.url + "/edit").with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"sent-back\""), containsString("Reflect on the second paragraph."),
						containsString("id=\"thread-" + this.thread + "\""), containsString("About paragraph 2"),
						containsString("Say what it showed you."),
						containsString("<ins>showed me how other libraries work</ins>"),
						containsString("name=\"back\" value=\"edit\""),
						containsString(">Accept the suggestion</button>"))));
		this.mvc.perform(get(this.url).with(user(this.portfolio.candidate())))
			.andExpect(content()
				.string(allOf(containsString("id=\"sent-back\""), containsString("id=\"thread-" + this.thread + "\""),
						containsString("name=\"back\" value=\"section\""))));
		// The mentor sees the threads on the section page too, but no button to take the
		// suggestion.
		this.mvc.perform(get(this.url).with(user(this.portfolio.mentor())))
			.andExpect(content().string(allOf(containsString("id=\"thread-" + this.thread + "\""),
					containsString("Waiting for the candidate to accept or decline it."),
					not(containsString(">Accept the suggestion</button>")))));
	}

	@Test
	void aReplyWithoutJavaScriptComesBackToTheEditorAndAnEmptyOneKeepsWhatWasSaid() throws Exception {
		this.mvc.perform(candidateReply("Done: rewritten.", "edit"))
			.andExpect(redirectedUrl(this.url + "/edit#thread-" + this.thread))
			.andExpect(flash().attribute("notice", "review.reply.posted"));
		this.mvc.perform(candidateReply("   ", "edit"))
			.andExpect(redirectedUrl(this.url + "/edit#thread-" + this.thread))
			.andExpect(flash().attribute("replyProblem", "review.comment.required"))
			.andExpect(flash().attribute("replyFor", this.thread));
		// Anywhere else than the two pages beside the text is the review page.
		this.mvc.perform(candidateReply("Again.", "https://example.org/"))
			.andExpect(redirectedUrl(this.url + "/review#thread-" + this.thread));
		assertThat(thread().comments()).extracting(ReviewService.CommentView::body)
			.containsExactly("Say what it showed you.", "Done: rewritten.", "Again.");
	}

	@Test
	void withHtmxAReplyAndResolvingAnswerWithTheThreadAlone() throws Exception {
		this.mvc.perform(candidateReply("Rewritten.", "edit").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"thread-" + this.thread + "\""),
					containsString("Rewritten."), not(containsString("<html")))));
		this.mvc.perform(candidateReply("", "edit").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("is-invalid"), containsString("Write a comment."))));
		this.mvc
			.perform(post(this.url + "/review/threads/" + this.thread + "/resolve")
				.param("version", String.valueOf(thread().version()))
				.param("back", "edit")
				.header("HX-Request", "true")
				.with(user(this.portfolio.candidate()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(">Resolved</span>"), containsString(">Reopen thread</button>"))));
		assertThat(thread().resolved()).isTrue();
		this.mvc.perform(get(this.url + "/edit").with(user(this.portfolio.candidate())))
			.andExpect(content().string(allOf(not(containsString("id=\"thread-" + this.thread + "\"")),
					containsString("Resolved comments (1) are on the section page."))));
		// A stale step changes nothing and says so, in place.
		this.mvc
			.perform(post(this.url + "/review/threads/" + this.thread + "/reopen").param("version", "0")
				.param("back", "edit")
				.header("HX-Request", "true")
				.with(user(this.portfolio.candidate()))
				.with(csrf()))
			.andExpect(content().string(containsString("Someone changed this thread meanwhile.")));
	}

	@Test
	void acceptingTheSuggestionFromTheEditorReloadsItWithTheNewWords() throws Exception {
		this.mvc
			.perform(post(this.url + "/review/threads/" + this.thread + "/suggestion/accept")
				.param("version", String.valueOf(thread().version()))
				.param("back", "edit")
				.with(user(this.portfolio.candidate()))
				.with(csrf()))
			.andExpect(redirectedUrl(this.url + "/edit#thread-" + this.thread))
			.andExpect(flash().attribute("notice", "review.suggestion.accepted"));
		this.mvc.perform(get(this.url + "/edit").with(user(this.portfolio.candidate())))
			.andExpect(content().string(containsString("It showed me how other libraries work.")));
	}

	@Test
	void aLineManagerSeesNoThreadsAndCannotReplyToOne() throws Exception {
		this.mvc.perform(get(this.url).with(user(this.portfolio.lineManager()))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(this.url + "/review/threads/" + this.thread + "/replies").param("body", "Hello")
				.param("back", "section")
				.with(user(this.portfolio.lineManager()))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(thread().comments()).hasSize(1);
	}

	private ReviewService.ThreadView thread() {
		return this.review.page(this.portfolio.candidate(), this.portfolio.id(), this.section)
			.threads()
			.stream()
			.filter((t) -> t.id() == this.thread)
			.findFirst()
			.orElseThrow();
	}

	/** The candidate's reply in the thread, sent from the page named by back. */
	private MockHttpServletRequestBuilder candidateReply(String body, String back) {
		return post(this.url + "/review/threads/" + this.thread + "/replies").param("body", body)
			.param("back", back)
			.with(user(this.portfolio.candidate()))
			.with(csrf());
	}

	private long version() {
		return this.reviews.version(this.portfolio, this.section);
	}

}
