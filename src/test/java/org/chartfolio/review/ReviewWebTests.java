package org.chartfolio.review;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
	private PortfolioScene scene;

	@Autowired
	private ReviewService review;

	private long section;

	private String url;

	private Portfolio portfolio;

	@BeforeEach
	void portfolioWithAMentor() {
		this.portfolio = this.scene.candidate("Ada Candidate").mentor("Mo Mentor").portfolio("certification");
		this.section = this.portfolio.section(0).id();
		this.scene.write(this.portfolio, this.section, "First paragraph.\n\nSecond paragraph.");
		this.url = "/portfolios/" + this.portfolio.id() + "/sections/" + this.section;
	}

	@Test
	void eachPersonSeesTheStepsThatAreTheirsToTake() throws Exception {
		reviewPage(this.portfolio.candidate()).andExpect(status().isOk())
			.andExpect(content().string(containsString(">Mark ready for review</button>")))
			.andExpect(content().string(not(containsString(">Approve the section</button>"))))
			.andExpect(content().string(containsString("<p id=\"para-2\">Second paragraph.</p>")));
		reviewPage(this.portfolio.mentor()).andExpect(status().isOk())
			.andExpect(content().string(containsString("has not asked for a review")))
			.andExpect(content().string(not(containsString(">Mark ready for review</button>"))));

		this.mvc.perform(onSection("/review/ready", this.portfolio.candidate()))
			.andExpect(redirectedUrl(this.url + "/review"))
			.andExpect(flash().attribute("notice", "review.readyDone"));

		reviewPage(this.portfolio.mentor()).andExpect(content().string(containsString(">Approve the section</button>")))
			.andExpect(content().string(containsString(">Request changes</button>")));
		this.mvc.perform(get(this.url).with(user(this.portfolio.mentor())))
			.andExpect(content().string(containsString("Ready for review")))
			.andExpect(content().string(containsString("Review and comments")));
	}

	@Test
	void aRequestForChangesWithoutWordsIsShownAgainWithTheReason() throws Exception {
		this.review.markReadyForReview(this.portfolio.candidate(), this.portfolio.id(), this.section, version());

		this.mvc.perform(onSection("/review/request-changes", this.portfolio.mentor()).param("comment", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write a comment.")));
		assertThat(sectionStatus()).isEqualTo(SectionStatus.READY_FOR_REVIEW);

		this.mvc.perform(
				onSection("/review/request-changes", this.portfolio.mentor()).param("comment", "Say what you learned."))
			.andExpect(redirectedUrl(this.url + "/review"));
		reviewPage(this.portfolio.candidate()).andExpect(content().string(containsString("Say what you learned.")))
			.andExpect(content().string(containsString("Changes requested")));
	}

	@Test
	void anApprovedSectionsEditorExplainsTheLockAndKeepsWhatWasTyped() throws Exception {
		long textVersion = this.scene.editor(this.portfolio, this.section).version();
		this.review.markReadyForReview(this.portfolio.candidate(), this.portfolio.id(), this.section, version());
		this.mvc.perform(onSection("/review/approve", this.portfolio.mentor()))
			.andExpect(redirectedUrl(this.url + "/review"));

		this.mvc.perform(get(this.url + "/edit").with(user(this.portfolio.candidate())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This section is approved")))
			.andExpect(content().string(containsString(">Reopen the section</button>")))
			.andExpect(content().string(not(containsString("id=\"editor-form\""))));
		this.mvc
			.perform(post(this.url + "/edit").param("body", "My late change")
				.param("version", String.valueOf(textVersion))
				.with(user(this.portfolio.candidate()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("its text is locked")))
			.andExpect(content().string(containsString("My late change")));
		this.mvc.perform(post(this.url + "/clear").with(user(this.portfolio.candidate())).with(csrf()))
			.andExpect(redirectedUrl(this.url + "/edit"));

		this.mvc.perform(onSection("/review/reopen", this.portfolio.candidate()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a reason for reopening the section.")));
		this.mvc.perform(onSection("/review/reopen", this.portfolio.candidate()).param("reason", "New evidence"))
			.andExpect(redirectedUrl(this.url + "/review"));
		assertThat(sectionStatus()).isEqualTo(SectionStatus.DRAFT);
		this.mvc.perform(get(this.url).with(user(this.portfolio.mentor())))
			.andExpect(content().string(containsString("Changed since approval")))
			.andExpect(content().string(containsString("Nothing has changed since approval.")));
	}

	@Test
	void commentsQuoteAParagraphAndRepliesWithoutWordsAreRefusedNextToTheField() throws Exception {
		this.mvc.perform(comment(this.portfolio.mentor()).param("paragraph", "2").param("body", "Why?"))
			.andExpect(flash().attribute("notice", "review.comment.posted"));
		long thread = firstThread();

		this.mvc
			.perform(post(this.url + "/review/threads/" + thread + "/replies").param("body", " ")
				.with(user(this.portfolio.candidate()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reply-" + thread + "-error\"")));
		this.mvc.perform(onThread(thread, "/resolve", "0", this.portfolio.candidate()))
			.andExpect(flash().attribute("notice", "review.thread.resolved"));
		reviewPage(this.portfolio.mentor()).andExpect(content().string(containsString("Second paragraph.")))
			.andExpect(content().string(containsString("Resolved by Ada Candidate")))
			.andExpect(content().string(containsString("No comments are unresolved.")));
	}

	@Test
	void aMentorsResolveOrReopenWithoutAVersionShowsTheThreadPageWithAClearMessage() throws Exception {
		this.mvc.perform(comment(this.portfolio.mentor()).param("body", "Why?"))
			.andExpect(flash().attribute("notice", "review.comment.posted"));
		long thread = firstThread();

		for (String step : new String[] { "/resolve", "/reopen" }) {
			this.mvc
				.perform(post(this.url + "/review/threads/" + thread + step).with(user(this.portfolio.mentor()))
					.with(csrf()))
				.andExpect(redirectedUrl(this.url + "/review#thread-" + thread))
				.andExpect(flash().attribute("reviewProblem", "review.thread.noVersion"));
			this.mvc
				.perform(post(this.url + "/review/threads/" + thread + step).param("version", "not a number")
					.with(user(this.portfolio.mentor()))
					.with(csrf()))
				.andExpect(redirectedUrl(this.url + "/review#thread-" + thread))
				.andExpect(flash().attribute("reviewProblem", "review.thread.noVersion"));
		}
		this.mvc
			.perform(get(this.url + "/review").with(user(this.portfolio.mentor()))
				.flashAttr("reviewProblem", "review.thread.noVersion"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This thread may have changed while you were reading it")))
			.andExpect(content().string(containsString("1 comment is unresolved.")));
	}

	@Test
	void theTextIsShownParagraphByParagraphEachWithACommentFormThatOpensInPlaceOrOnItsOwnPage() throws Exception {
		String page = reviewPage(this.portfolio.mentor()).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.contains("id=\"review-para-1\"", "id=\"review-para-2\"", "<p id=\"para-1\">First paragraph.</p>")
			.contains("href=\"" + this.url + "/review?paragraph=2#comment-form-2\"")
			.contains("hx-get=\"" + this.url + "/review?paragraph=2\"")
			.doesNotContain("id=\"comment-form-2\"");

		// Without JavaScript the link opens the page with the form under paragraph 2.
		this.mvc.perform(get(this.url + "/review").param("paragraph", "2").with(user(this.portfolio.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comment-form-2\"")))
			.andExpect(content().string(containsString("id=\"comment-quote-2\"")));
		// With htmx the same address gives the form alone, to go under the paragraph.
		this.mvc
			.perform(get(this.url + "/review").param("paragraph", "2")
				.header("HX-Request", "true")
				.with(user(this.portfolio.mentor())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comment-form-2\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("id=\"review-para-1\""))));
	}

	@Test
	void aQuoteMustBeWordsOfTheParagraphOrTheCommentIsShownAgainWithTheReasonAndWhatWasTyped() throws Exception {
		this.mvc.perform(mentorQuotes("First paragraph", "Say more here."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"comment-quote-2-error\"")))
			.andExpect(content().string(containsString("These words are not in the paragraph as it reads now.")))
			.andExpect(content().string(containsString("Say more here.</textarea>")))
			.andExpect(content().string(containsString("value=\"First paragraph\"")));
		assertThat(this.review.page(this.portfolio.mentor(), this.portfolio.id(), this.section).threads()).isEmpty();

		this.mvc.perform(mentorQuotes("  Second\n ", "Which second?"))
			.andExpect(flash().attribute("notice", "review.comment.posted"));
		ReviewService.ReviewPage page = this.review.page(this.portfolio.candidate(), this.portfolio.id(), this.section);
		assertThat(page.threads()).singleElement().satisfies((thread) -> {
			assertThat(thread.quotedParagraph()).isEqualTo(2);
			assertThat(thread.quotedText()).isEqualTo("Second");
		});
		assertThat(page.paragraphs().get(1).threads()).hasSize(1);
		assertThat(page.paragraphs().get(0).threads()).isEmpty();
		assertThat(page.otherThreads()).isEmpty();
	}

	@Test
	void approvingWithUnresolvedThreadsAsksFirstAndApprovesOnceTheMentorConfirms() throws Exception {
		this.review.markReadyForReview(this.portfolio.candidate(), this.portfolio.id(), this.section, version());
		this.review.comment(this.portfolio.mentor(), this.portfolio.id(), this.section, "Is this the outcome?", 1);
		this.review.comment(this.portfolio.mentor(), this.portfolio.id(), this.section, "And this one?", 2);

		this.mvc.perform(onSection("/review/approve", this.portfolio.mentor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 comments are unresolved")))
			.andExpect(content().string(containsString(">Approve anyway</button>")));
		assertThat(sectionStatus()).isEqualTo(SectionStatus.READY_FOR_REVIEW);

		this.mvc.perform(onSection("/review/approve", this.portfolio.mentor()).param("despiteUnresolved", "true"))
			.andExpect(redirectedUrl(this.url + "/review"))
			.andExpect(flash().attribute("notice", "review.approved"));
		assertThat(sectionStatus()).isEqualTo(SectionStatus.APPROVED);
	}

	@Test
	void afterChangesAreRequestedThePageSaysWhatWasAskedAndWhoIsAwaited() throws Exception {
		this.review.markReadyForReview(this.portfolio.candidate(), this.portfolio.id(), this.section, version());
		this.review.requestChanges(this.portfolio.mentor(), this.portfolio.id(), this.section, version(),
				"Say what you learned.");

		reviewPage(this.portfolio.candidate())
			.andExpect(content().string(containsString("Mo Mentor asked for changes on")))
			.andExpect(content().string(containsString("Say what you learned.")))
			.andExpect(content().string(containsString("Waiting for you: revise the text")));
		reviewPage(this.portfolio.mentor())
			.andExpect(content().string(containsString("Waiting for Ada Candidate to revise the section")))
			.andExpect(content().string(not(containsString("has not asked for a review"))));
	}

	@Test
	void aMentorsSuggestedWordingIsAcceptedInOneClickAndTheRevisionNamesWhoSuggestedIt() throws Exception {
		this.mvc.perform(mentorQuotes("Second", "A better word?").param("suggestion", "Final"))
			.andExpect(flash().attribute("notice", "review.comment.posted"));
		long thread = firstThread();

		reviewPage(this.portfolio.mentor()).andExpect(content().string(containsString("<del>Second</del>")))
			.andExpect(content().string(containsString("<ins>Final</ins>")))
			.andExpect(content().string(not(containsString(">Accept the suggestion</button>"))));
		reviewPage(this.portfolio.candidate())
			.andExpect(content().string(containsString(">Accept the suggestion</button>")))
			.andExpect(content().string(containsString(">Decline</button>")));

		this.mvc.perform(onThread(thread, "/suggestion/accept", "0", this.portfolio.candidate()))
			.andExpect(redirectedUrl(this.url + "/review#thread-" + thread))
			.andExpect(flash().attribute("notice", "review.suggestion.accepted"));
		assertThat(this.scene.editor(this.portfolio, this.section).body())
			.isEqualTo("First paragraph.\n\nFinal paragraph.");
		this.mvc.perform(get(this.url + "/revisions").with(user(this.portfolio.candidate())))
			.andExpect(content().string(containsString("Suggested wording by Mo Mentor, accepted")));
		reviewPage(this.portfolio.candidate()).andExpect(content().string(containsString("Accepted by Ada Candidate")))
			.andExpect(content().string(not(containsString(">Accept the suggestion</button>"))));

		// A second click from the same, now stale, page changes nothing.
		this.mvc.perform(onThread(thread, "/suggestion/accept", "0", this.portfolio.candidate()))
			.andExpect(flash().attribute("reviewProblem", "review.thread.stale"));
		// The mentor may suggest, not take a suggestion into the candidate's text.
		this.mvc.perform(onThread(thread, "/suggestion/accept", "1", this.portfolio.mentor()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSuggestionIsRefusedClearlyWhenItsWordsAreGoneOrTheSectionIsApprovedAndMayBeDeclined() throws Exception {
		long gone = this.review.comment(this.portfolio.mentor(), this.portfolio.id(), this.section, "Shorter?", 2,
				"Second paragraph", "Second part");
		long locked = this.review.comment(this.portfolio.mentor(), this.portfolio.id(), this.section, "Plainer?", 1,
				"First", "Opening");
		long declined = this.review.comment(this.portfolio.mentor(), this.portfolio.id(), this.section, "Or this?", 1,
				"paragraph", "part");
		this.scene.rewrite(this.portfolio, this.section, "First paragraph.\n\nOther words now.");

		this.mvc.perform(onThread(gone, "/suggestion/accept", "0", this.portfolio.candidate()))
			.andExpect(flash().attribute("reviewProblem", "review.suggestion.passageGone"));
		this.mvc.perform(onThread(declined, "/suggestion/decline", "0", this.portfolio.candidate()))
			.andExpect(flash().attribute("notice", "review.suggestion.declined"));

		this.review.markReadyForReview(this.portfolio.candidate(), this.portfolio.id(), this.section, version());
		this.review.approve(this.portfolio.mentor(), this.portfolio.id(), this.section, version());
		this.mvc.perform(onThread(locked, "/suggestion/accept", "0", this.portfolio.candidate()))
			.andExpect(flash().attribute("reviewProblem", "review.suggestion.locked"));
		assertThat(this.scene.editor(this.portfolio, this.section).body())
			.isEqualTo("First paragraph.\n\nOther words now.");
		reviewPage(this.portfolio.candidate()).andExpect(content().string(containsString("Declined by Ada Candidate")))
			.andExpect(content().string(containsString("reopen it to take this suggestion")))
			.andExpect(content().string(not(containsString(">Accept the suggestion</button>"))));

		// Only the mentor suggests wording; what the candidate typed comes back with the
		// reason.
		this.mvc
			.perform(comment(this.portfolio.candidate()).param("paragraph", "1")
				.param("quote", "First")
				.param("suggestion", "Initial")
				.param("body", "Note to self"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only the mentor suggests wording")))
			.andExpect(content().string(containsString("Note to self</textarea>")));
	}

	/** Posts a step on the section, naming its version as it stands now. */
	private MockHttpServletRequestBuilder onSection(String path, SignedInUser who) {
		return post(this.url + path).param("version", String.valueOf(version())).with(user(who)).with(csrf());
	}

	/** Posts a comment on the section (its paragraph, quote and words are params). */
	/** The review page as this person sees it. */
	private ResultActions reviewPage(SignedInUser who) throws Exception {
		return this.mvc.perform(get(this.url + "/review").with(user(who)));
	}

	/** The mentor comments on these words of the second paragraph. */
	private MockHttpServletRequestBuilder mentorQuotes(String quote, String body) {
		return comment(this.portfolio.mentor()).param("paragraph", "2").param("quote", quote).param("body", body);
	}

	private MockHttpServletRequestBuilder comment(SignedInUser who) {
		return post(this.url + "/review/threads").with(user(who)).with(csrf());
	}

	/** Posts a step on the thread, naming the version of it that was read. */
	private MockHttpServletRequestBuilder onThread(long thread, String step, String version, SignedInUser who) {
		return post(this.url + "/review/threads/" + thread + step).param("version", version)
			.with(user(who))
			.with(csrf());
	}

	/** The first thread on the section, as its candidate sees it. */
	private long firstThread() {
		return this.review.page(this.portfolio.candidate(), this.portfolio.id(), this.section).threads().get(0).id();
	}

	private long version() {
		return this.scene.section(this.portfolio, this.section).version();
	}

	private SectionStatus sectionStatus() {
		return this.scene.section(this.portfolio, this.section).status();
	}

}
