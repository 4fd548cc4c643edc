package org.chartfolio.review;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ReviewJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Test
	void aMentorReviewsASectionTheCandidateRevisesItIsApprovedLockedReopenedAndTheChangeShows() {
		Portfolio p = this.scene.candidate("Lisa Marsh").mentor("Tom Reed").portfolio("certification");

		// The candidate writes and asks for a review.
		signInAtHome(p.candidate());
		this.browser.open("/portfolios/" + p.id());
		this.browser.click("Criterion 1: Personal performance");
		String section = this.browser.path();
		this.browser.click("Start writing");
		this.browser.fill("body", "I planned the summer reading display.\n\nIt went well.");
		this.browser.click("Save");
		assertThat(this.browser.path()).isEqualTo(section);
		assertThat(this.browser.text("[data-testid=section-status]")).isEqualTo("Draft");
		markReadyForReview(section);
		this.browser.click("Sign out");

		// The mentor quotes the second paragraph in a comment and requests changes.
		signInAtHome(p.mentor());
		assertThat(commentOn(section, 2, "What went well, and how do you know?")).contains("It went well.");
		requestChanges("Evaluate the outcome: what changed for readers?");
		this.browser.click("Sign out");

		// The candidate revises, replies, resolves the thread and marks the section ready
		// again.
		signInAtHome(p.candidate());
		this.browser.open(section + "/edit");
		this.browser.fill("body",
				"I planned the summer reading display.\n\nLoans of children's books rose by a third.");
		this.browser.click("Save");
		assertThat(this.browser.path()).isEqualTo(section);
		this.browser.open(section + "/review");
		String quoted = this.browser.driver().findElement(By.xpath("//article[.//blockquote]")).getAttribute("id");
		this.browser.fill("reply-" + quoted.substring("thread-".length()), "I have added the loan figures.");
		this.browser.click("Post reply");
		assertThat(this.browser.text("#" + quoted)).contains("I have added the loan figures.")
			.contains("It went well.");
		this.browser
			.click(this.browser.driver().findElement(By.cssSelector("#" + quoted + " form:last-of-type button")));
		assertThat(this.browser.mainText()).contains("Thread resolved").contains("1 comment is unresolved.");
		this.browser.click("Mark ready for review");
		this.browser.click("Sign out");

		// The mentor approves; the candidate's editor is locked.
		signInAtHome(p.mentor());
		this.browser.open(section + "/review");
		this.browser.click("Approve the section");
		assertThat(this.browser.text("#confirm-approval")).contains("1 comment is unresolved");
		this.browser.click("Approve anyway");
		assertThat(this.browser.text("[data-testid=review-status]")).isEqualTo("Approved");
		this.browser.click("Sign out");

		signInAtHome(p.candidate());
		this.browser.open(section);
		assertThat(this.browser.text("#approval-banner")).contains("Approved by Tom Reed on").contains("locked");
		assertThat(this.browser.mainText()).doesNotContain("Save");
		this.browser.click(this.browser.driver().findElement(By.cssSelector("#approval-banner summary")));
		assertThat(this.browser.text("#approval-banner")).contains("This section is approved");
		this.browser.fill("section-reopen-reason", "New figures from the autumn term");
		this.browser.click("Reopen the section");
		assertThat(this.browser.path()).isEqualTo(section);
		assertThat(this.browser.mainText()).contains("Section reopened").contains("New figures from the autumn term");
		this.browser.open(section + "/edit");
		this.browser.fill("body",
				"I planned the summer reading display.\n\nLoans of children's books rose by a third, and stayed up in autumn.");
		this.browser.click("Save");
		this.browser.click("Sign out");

		// The mentor sees what changed since approval.
		signInAtHome(p.mentor());
		this.browser.open(section);
		assertThat(this.browser.text("#since-approval")).contains("Changed since approval");
		assertThat(this.browser.text("#since-approval ins")).contains("and stayed up in autumn.");
	}

}
