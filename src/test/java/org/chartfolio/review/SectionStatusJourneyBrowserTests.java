package org.chartfolio.review;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review status where the section is: the candidate asks for a review of the
 * development plan and the PKSB from their own pages, the mentor is led from there to
 * approve them, both pages show the approval, and a statement reopened from its editor
 * comes back to the editor.
 */
@BrowserTest
class SectionStatusJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private ReviewService review;

	@Test
	void thePlanAndThePksbAreReviewedFromTheirPagesAndAStatementReopensBackIntoItsEditor() {
		Portfolio p = this.scene.candidate("Lisa Marsh").mentor("Dr Ruth Okafor").portfolio("certification");
		this.scene.write(p, p.section(0).id(), "I planned the summer reading display.");
		this.review.markReadyForReview(p.candidate(), p.id(), p.section(0).id(), p.section(0).version());
		this.review.approve(p.mentor(), p.id(), p.section(0).id(), p.section(0).version() + 1);
		String overview = "/portfolios/" + p.id();

		// The candidate asks for a review of the plan and the PKSB from their own pages.
		signInAtHome(p.candidate());
		this.browser.open(overview);
		this.browser.click("Development plan");
		assertThat(this.browser.path()).isEqualTo(overview + "/plan");
		assertThat(this.browser.text("#section-status [data-testid=section-status]")).isEqualTo("Draft");
		this.browser.click("Mark ready for review");
		assertThat(this.browser.path()).isEqualTo(overview + "/plan");
		assertThat(this.browser.mainText()).contains("Section marked ready for review");
		assertThat(this.browser.text("#section-status")).contains("Ready for review")
			.contains("Your mentor has been asked to review this section");

		this.browser.open(overview);
		this.browser.click("PKSB self-assessment");
		assertThat(this.browser.path()).isEqualTo(overview + "/pksb");
		this.browser.click("Mark ready for review");
		assertThat(this.browser.path()).isEqualTo(overview + "/pksb");
		assertThat(this.browser.text("#section-status [data-testid=section-status]")).isEqualTo("Ready for review");
		this.browser.click("Sign out");

		// The mentor goes from each page to its review and approves it.
		signInAtHome(p.mentor());
		for (String page : new String[] { overview + "/plan", overview + "/pksb" }) {
			this.browser.open(page);
			assertThat(this.browser.text("#section-status"))
				.contains("The candidate has asked you to review this section");
			this.browser.click("Review and decide");
			assertThat(this.browser.path()).endsWith("/review#decision");
			assertThat(this.browser.text("#record-elsewhere")).contains("structured record");
			this.browser.click("Approve the section");
			assertThat(this.browser.mainText()).contains("Section approved");
			this.browser.open(page);
			assertThat(this.browser.text("#approval-banner")).contains("Approved by Dr Ruth Okafor on ")
				.contains(" \u2014 locked");
			assertThat(this.browser.driver().findElements(By.cssSelector("#approval-banner summary"))).isEmpty();
		}
		this.browser.click("Sign out");

		// The candidate sees both approvals, and reopens the statement from its editor,
		// back into the editor.
		signInAtHome(p.candidate());
		for (String page : new String[] { overview + "/plan", overview + "/pksb" }) {
			this.browser.open(page);
			assertThat(this.browser.text("#approval-banner")).contains("Approved by Dr Ruth Okafor on ")
				.contains(" \u2014 locked");
			assertThat(this.browser.driver().findElements(By.cssSelector("#approval-banner .btn-primary"))).isEmpty();
		}
		String editor = overview + "/sections/" + p.section(0).id() + "/edit";
		this.browser.open(editor);
		assertThat(this.browser.text("#approval-banner")).contains("Approved by Dr Ruth Okafor on ");
		assertThat(this.browser.driver().findElements(By.id("editor-form"))).isEmpty();
		this.browser.click(this.browser.driver().findElement(By.cssSelector("#approval-banner summary")));
		this.browser.fill("section-reopen-reason", "New loan figures from the autumn term");
		this.browser.click("Reopen the section");
		assertThat(this.browser.path()).isEqualTo(editor);
		assertThat(this.browser.mainText()).contains("Section reopened")
			.contains("New loan figures from the autumn term");
		assertThat(this.browser.text("#section-status [data-testid=section-status]")).isEqualTo("Draft");
		assertThat(this.browser.driver().findElements(By.id("editor-form"))).hasSize(1);
	}

}
