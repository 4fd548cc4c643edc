package org.chartfolio.review;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.ReviewScene;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review screen as mentor and candidate use it: the mentor reads the text paragraph
 * by paragraph, comments on the second paragraph quoting some of its words with a
 * suggested rewording, and sends the section back with a summary; the candidate reads
 * what was asked, accepts the suggestion, answers and resolves the thread and marks it
 * ready; the mentor is asked about the request's thread, still open, and approves. Run
 * with JavaScript on and off: {@link #openCommentForm} and {@link #quote} are the only
 * steps that differ.
 */
abstract class ReviewScreenJourney extends BrowserJourney {

	static final String SECOND = "Then I ran the summer reading challenge for the children of the town.";

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ReviewScene reviews;

	/** Opens the comment form under paragraph 2, as the viewer's browser does. */
	abstract void openCommentForm();

	/** Quotes these words of paragraph 2 in its open comment form. */
	abstract void quote(String words);

	@Test
	void aMentorCommentsOnAParagraphQuotingWordsSendsItBackAndApprovesAfterBeingAskedAboutOpenThreads() {
		Portfolio p = this.scene.candidate("Lisa Marsh").mentor("Tom Reed").portfolio("certification");
		this.reviews.readyForReview(p, "I planned the display.\n\n" + SECOND + "\n\nNext year I will *measure* loans.");
		String review = "/portfolios/" + p.id() + "/sections/" + p.section(0).id() + "/review";

		// The mentor reads the text and comments on the second paragraph, quoting some of
		// its words.
		signInAtHome(p.mentor());
		this.browser.open(review);
		assertThat(this.browser.text("#review-para-2")).contains(SECOND);
		assertThat(this.browser.text("#review-para-3 em")).isEqualTo("measure");
		assertThat(this.browser.mainText()).contains("Lisa Marsh asked you to review this section");
		openCommentForm();
		this.browser.fill("comment-body-2", "What did the children get out of it?");
		quote("summer reading challenge");
		this.browser.fill("comment-suggestion-2", "summer reading scheme");
		this.browser.click("Post comment");
		assertThat(this.browser.mainText()).contains("Comment posted.");
		assertThat(this.browser.text("#review-para-2 .review-thread")).contains("About paragraph 2")
			.contains("summer reading challenge")
			.doesNotContain("for the children of the town")
			.contains("What did the children get out of it?")
			.contains("Suggested wording")
			.contains("Waiting for the candidate to accept or decline it.");

		// The decision comes after the text: the mentor sends the section back with a
		// summary.
		this.browser.fill("comment", "Say what changed for readers, not only what you did.");
		this.browser.click("Request changes");
		assertThat(this.browser.text("[data-testid=review-status]")).isEqualTo("Changes requested");
		assertThat(this.browser.text("#changes-requested")).contains("Tom Reed asked for changes on")
			.contains("Say what changed for readers")
			.contains("Waiting for Lisa Marsh to revise the section");
		this.browser.click("Sign out");

		// The candidate reads what was asked, answers the paragraph's thread, resolves
		// it, marks it ready.
		signInAtHome(p.candidate());
		this.browser.open(review);
		assertThat(this.browser.text("#changes-requested")).contains("Say what changed for readers")
			.contains("Waiting for you");
		String thread = this.browser.driver()
			.findElement(By.cssSelector("#review-para-2 .review-thread"))
			.getAttribute("id");
		assertThat(this.browser.text("#" + thread + " del")).isEqualTo("summer reading challenge");
		assertThat(this.browser.text("#" + thread + " ins")).isEqualTo("summer reading scheme");
		this.browser.click("Accept the suggestion");
		assertThat(this.browser.mainText()).contains("Suggestion accepted.");
		assertThat(this.browser.text("#para-2"))
			.isEqualTo("Then I ran the summer reading scheme for the children of the town.");
		assertThat(this.browser.text("#" + thread)).contains("Accepted by Lisa Marsh");
		this.browser.fill("reply-" + thread.substring("thread-".length()), "They read twice as many books.");
		this.browser.click("Post reply");
		assertThat(this.browser.text("#" + thread)).contains("They read twice as many books.");
		this.browser
			.click(this.browser.driver().findElement(By.cssSelector("#" + thread + " .review-thread-step button")));
		assertThat(this.browser.mainText()).contains("Thread resolved").contains("1 comment is unresolved.");
		this.browser.click("Mark ready for review");
		this.browser.click("Sign out");

		// The mentor is asked about the thread still open, then approves.
		signInAtHome(p.mentor());
		this.browser.open(review);
		this.browser.click("Approve the section");
		assertThat(this.browser.text("#confirm-approval")).contains("1 comment is unresolved");
		assertThat(this.browser.text("[data-testid=review-status]")).isEqualTo("Ready for review");
		this.browser.click("Approve anyway");
		assertThat(this.browser.mainText()).contains("Section approved.");
		assertThat(this.browser.text("[data-testid=review-status]")).isEqualTo("Approved");
	}

}
