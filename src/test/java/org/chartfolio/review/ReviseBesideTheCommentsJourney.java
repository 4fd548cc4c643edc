package org.chartfolio.review;

import java.time.Duration;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.ReviewScene;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's "Done means" journey: the mentor opens a review notification, comments on
 * the second paragraph from the review screen, suggests a rewording of a phrase and
 * requests changes; the candidate follows the notification to the thread, sees the
 * comments beside the editor, accepts the suggestion, replies, resolves and marks the
 * section ready; the mentor is asked about the threads still unresolved, then approves.
 * Run with JavaScript on and off: {@link #openCommentForm(int)} opens the comment form
 * either way; {@link #reply} and {@link #resolve} are the steps that differ.
 */
abstract class ReviseBesideTheCommentsJourney extends BrowserJourney {

	static final String SECOND = "Then I ran the summer reading challenge for the children of the town.";

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ReviewScene reviews;

	/**
	 * Posts a reply in the thread beside the editor; the editor shows the thread with it
	 * afterwards.
	 */
	abstract void reply(String threadId, String words);

	/** Resolves the thread beside the editor. */
	abstract void resolve(String threadId);

	@Test
	void theMentorCommentsAndSendsItBackTheCandidateRevisesBesideTheCommentsAndTheMentorApproves() {
		Portfolio p = this.scene.candidate("Lisa Marsh").mentor("Tom Reed").portfolio("certification");
		this.reviews.readyForReview(p, "I planned the display.\n\n" + SECOND + "\n\nNext year I will measure loans.");
		String section = "/portfolios/" + p.id() + "/sections/" + p.section(0).id();

		// The mentor opens the review notification: it leads to the review screen.
		signInAtHome(p.mentor());
		this.browser.open("/notifications");
		assertThat(this.browser.mainText()).contains("Lisa Marsh asks you to review")
			.contains("Waiting for your review");
		this.browser.click("Open");
		assertThat(this.browser.path()).isEqualTo(section + "/review#decision");

		// A comment on the second paragraph, then a suggested rewording of a phrase of
		// it.
		openCommentForm(2);
		this.browser.fill("comment-body-2", "What did the children get out of it?");
		this.browser.click("Post comment");
		assertThat(this.browser.mainText()).contains("Comment posted.");
		openCommentForm(2);
		this.browser.fill("comment-body-2", "A scheme is what the library calls it.");
		this.browser.fill("comment-quote-2", "summer reading challenge");
		this.browser.fill("comment-suggestion-2", "summer reading scheme");
		this.browser.click("Post comment");
		assertThat(this.browser.text("#review-para-2")).contains("Suggested wording");

		// The decision, after the text: changes requested with a summary.
		this.browser.fill("comment", "Say what changed for readers, not only what you did.");
		this.browser.click("Request changes");
		assertThat(this.browser.text("[data-testid=review-status]")).isEqualTo("Changes requested");
		this.browser.click("Sign out");

		// The candidate follows the notification of the suggestion to its thread beside
		// the editor.
		signInAtHome(p.candidate());
		this.browser.open("/notifications");
		assertThat(this.browser.mainText()).contains("Changes requested")
			.contains("A scheme is what the library calls it.");
		this.browser.click(this.browser.driver()
			.findElement(By
				.xpath("//li[contains(@class,'notification')][.//blockquote[contains(.,'A scheme is')]]//button")));
		assertThat(this.browser.path()).startsWith(section + "/edit#thread-");
		String suggestion = this.browser.path().substring(this.browser.path().indexOf('#') + 1);
		assertThat(this.browser.text("#sent-back")).contains("Tom Reed sent this section back")
			.contains("Say what changed for readers");
		assertThat(this.browser.text("#threads")).contains("What did the children get out of it?")
			.contains("A scheme is what the library calls it.");
		assertThat(this.browser.text("#" + suggestion)).contains("About paragraph 2")
			.contains("summer reading challenge");
		assertThat(this.browser.text("#" + suggestion + " ins")).isEqualTo("summer reading scheme");

		// Accepting the suggestion changes the text in the editor.
		this.browser.click(within(suggestion, "Accept the suggestion"));
		assertThat(this.browser.mainText()).contains("Suggestion accepted.");
		assertThat(this.browser.path()).isEqualTo(section + "/edit#" + suggestion);
		assertThat(this.browser.value("body")).contains("Then I ran the summer reading scheme for the children");

		// A reply and resolving it, beside the editor.
		reply(suggestion, "Changed as you suggested.");
		assertThat(this.browser.text("#" + suggestion)).contains("Changed as you suggested.");
		resolve(suggestion);

		// Ready for review again; the first comment and the request for changes stay
		// unresolved.
		this.browser.open(section + "/review");
		this.browser.click("Mark ready for review");
		this.browser.click("Sign out");

		// The mentor is asked about the unresolved threads, then approves.
		signInAtHome(p.mentor());
		this.browser.open("/notifications");
		assertThat(this.browser.mainText()).contains("Waiting for your review").contains("Changed as you suggested.");
		this.browser.click(this.browser.driver()
			.findElement(By.xpath(
					"//li[contains(@class,'notification')][contains(.,'asks you to review')][not(contains(@class,'notification-done'))]//button")));
		assertThat(this.browser.path()).isEqualTo(section + "/review#decision");
		this.browser.click("Approve the section");
		assertThat(this.browser.text("#confirm-approval")).contains("2 comments are unresolved");
		this.browser.click("Approve anyway");
		assertThat(this.browser.mainText()).contains("Section approved.");
		this.browser.open("/notifications");
		assertThat(this.browser.mainText()).contains("You approved this");
		this.browser.open(section);
		assertThat(this.browser.mainText()).contains("Approved");
		assertThat(this.browser.text("#approval-banner")).contains("Approved by").contains("locked");
	}

	WebElement within(String threadId, String buttonText) {
		return this.browser.driver()
			.findElement(By.xpath("//*[@id='" + threadId + "']//button[normalize-space()='" + buttonText + "']"));
	}

	void waitFor(java.util.function.BooleanSupplier condition) {
		// htmx may swap the thread between finding it and reading it: look again rather
		// than fail.
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((driver) -> condition.getAsBoolean());
	}

}
