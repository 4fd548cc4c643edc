package org.chartfolio.readiness;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.GoalEditBuilder.goal;

@BrowserTest
class ReadinessJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private ReadinessScene scene;

	@Autowired
	private PlanService plan;

	@Autowired
	private PksbService pksb;

	@Test
	void aCandidateFixesEveryFailingCheckThroughItsLinkUntilAllPass() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.item(p, "Minutes of the reading group");
		this.scene.item(p, "User survey results");
		this.scene.item(p, "First Aid certificate");
		this.scene.write(p, 0, "I logged my CPD hours and the minutes show my part [E1] [E9].");
		this.plan.add(p.candidate(), p.id(),
				goal("First Aid course").status(GoalStatus.DONE).outcome("Passed the course").build());
		String key = this.pksb.assessment(p.candidate(), p.id()).choices().get(0).key();
		long rating = this.pksb.choose(p.candidate(), p.id(), key);
		this.pksb.rate(p.candidate(), p.id(), rating, new PksbService.RatingEdit(1, 3, "Run a survey", 0));

		signInAs(p.candidate());
		this.browser.open("/portfolios/" + p.id());
		this.browser.click("Check readiness");
		assertThat(this.browser.text("#readiness-summary")).isEqualTo("7 checks fail, 3 warnings.");
		assertThat(level("statements")).isEqualTo("Fail");
		assertThat(level("cited")).isEqualTo("Warning");
		assertThat(level("approvals")).isEqualTo("Pass");
		assertThat(this.browser.text("#check-approvals")).contains("There is no mentor to approve the sections.");

		// A citation of an item that does not exist: edit the statement.
		assertThat(this.browser.text("#check-citations")).contains("Criterion 1: Personal performance cites [E9]");
		fix("citations", 0);
		this.browser.fill("body", "I logged my CPD hours and the minutes show my part [E1].");
		this.browser.click("Save");
		backToReadiness();
		assertThat(level("citations")).isEqualTo("Pass");

		// Two criteria without a statement, and so without evidence: write them, citing
		// the uncited items.
		assertThat(this.browser.text("#check-statements"))
			.contains("Criterion 2: Organisational context has no statement yet.");
		fix("statements", 0);
		this.browser.fill("body", "The user survey [E2] showed what the service lacked.");
		this.browser.click("Save");
		backToReadiness();
		assertThat(this.browser.text("#check-cited")).contains("E3 First Aid certificate is not cited.");
		fix("statements", 0);
		this.browser.fill("body", "The First Aid course [E3] widened my view of the profession.");
		this.browser.click("Save");
		backToReadiness();
		assertThat(level("statements")).isEqualTo("Pass");
		assertThat(level("backed")).isEqualTo("Pass");
		assertThat(level("cited")).isEqualTo("Pass");

		// The organisational objectives: set them out in full in the organisational
		// context, then cite one from criterion 2.
		assertThat(this.browser.text("#check-objectives"))
			.contains("The organisational context sets out no organisational objectives");
		fix("objectives", 0);
		assertThat(this.browser.mainText()).contains("Set out your organisational objectives in full as a list");
		this.browser.fill("body", "A county library service.\n\n## Organisational objectives\n\n"
				+ "1. Widen access to the collections\n2. Support digital inclusion");
		this.browser.click("Save");
		String contextPage = this.browser.path();
		backToReadiness();
		assertThat(this.browser.text("#check-objectives")).contains(
				"Criterion 2: Organisational context cites none of your organisational objectives: cite one as [O1].");
		fix("objectives", 0);
		this.browser.fill("body",
				"The user survey [E2] showed what the service lacked, against our aim to widen access [O1].");
		this.browser.click("Save");
		// The citation is one click from the objective, set out in full.
		this.browser.click(this.browser.driver().findElement(By.cssSelector("a.citation[href$='#objective-1']")));
		assertThat(this.browser.path()).isEqualTo(contextPage + "#objective-1");
		assertThat(this.browser.text("#objective-1")).isEqualTo("Widen access to the collections");
		backToReadiness();
		assertThat(level("objectives")).isEqualTo("Pass");
		assertThat(this.browser.text("#check-objectives"))
			.contains("Your 2 organisational objectives are set out in full, and criterion 2 cites one of them.");

		// An acronym not explained where it is first used: define it in the glossary.
		assertThat(this.browser.text("#check-acronyms"))
			.contains("CPD is first used in Criterion 1: Personal performance");
		fix("acronyms", 0);
		assertThat(this.browser.value("acronym")).isEqualTo("CPD");
		this.browser.click("Save");
		assertThat(this.browser.text(".error-summary")).contains("Enter what the acronym stands for.");
		this.browser.fill("expansion", "Continuing Professional Development").click("Save");
		assertThat(this.browser.mainText()).contains("The acronym is defined.")
			.contains("No acronym needs explaining.");
		assertThat(this.browser.text("#entry-CPD")).contains("Continuing Professional Development");
		backToReadiness();
		assertThat(level("acronyms")).isEqualTo("Pass");

		// A done goal without evidence of its outcome: name the certificate.
		assertThat(this.browser.text("#check-goals")).contains("“First Aid course” is done but names no evidence.");
		fix("goals", 0);
		this.browser.choose("E3 First Aid certificate").click("Save goal");
		backToReadiness();
		assertThat(level("goals")).isEqualTo("Pass");

		// The CV and the job description are required parts: each empty one fails by name
		// (the organisational
		// context was written above).
		assertThat(this.browser.text("#check-parts")).contains("Annotated CV is empty.")
			.contains("Annotated job description is empty.")
			.doesNotContain("Organisational context is empty.");
		fix("parts", 0);
		this.browser.fill("body", "Library assistant at the county library since 2023.").click("Save");
		backToReadiness();
		fix("parts", 0);
		this.browser.fill("body", "I run the reading group and the weekend rota.").click("Save");
		backToReadiness();
		assertThat(level("parts")).isEqualTo("Pass");

		// Items that would print bare for an assessor: say what each is, what it shows
		// and when.
		assertThat(level("described")).isEqualTo("Warning");
		assertThat(this.browser.text("#check-described"))
			.contains("E1 Minutes of the reading group has no description, \u201cwhat this shows\u201d, date.");
		for (int item = 1; item <= 3; item++) {
			fix("described", 0);
			this.browser.fill("description", "What item " + item + " is.")
				.fill("reflection", "What item " + item + " shows.");
			((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
				.executeScript("document.getElementById('activityDate').value = '2026-06-15';");
			this.browser.click("Save evidence");
			backToReadiness();
		}
		assertThat(level("described")).isEqualTo("Pass");

		// The PKSB snapshots and the end reflection the final one waits for.
		String area = this.pksb.assessment(p.candidate(), p.id()).reflections().get(0).areaName();
		assertThat(this.browser.text("#check-pksb")).contains("The initial snapshot is not taken.")
			.contains("The area " + area + " has no end reflection.");
		fix("pksb", 0);
		this.browser.click("Take the initial snapshot");
		this.browser.click("Take the final snapshot");
		assertThat(this.browser.text("#snapshot-FINAL-error")).contains("Still without one: " + area + ".");
		this.browser.click("Write the end reflection on " + area);
		this.browser.fill("text", "From 1 to 3: the survey I ran showed what changed.").click("Save reflection");
		this.browser.click("Take the final snapshot");
		assertThat(this.browser.mainText()).contains("Final snapshot taken");
		backToReadiness();

		assertThat(this.browser.text("#readiness-summary")).isEqualTo("Every check passes.");
		assertThat(this.browser.driver().findElements(By.cssSelector(".readiness-check"))).hasSize(13)
			.allSatisfy((check) -> assertThat(check.findElement(By.cssSelector(".readiness-badge")).getText())
				.endsWith("Pass"));

		this.browser.click("Evidence map");
		// Criterion 1 cites E1 once; the empty cells say "not cited" to a screen reader.
		assertThat(this.browser.text("#item-1")).startsWith("E1 Minutes of the reading group");
		assertThat(this.browser.driver()
			.findElements(By.cssSelector("#item-1 td"))
			.stream()
			.map(WebElement::getText)
			.toList()).containsExactly("1", "not cited", "not cited", "1");
		assertThat(this.browser.mainText()).doesNotContain("Not cited anywhere").doesNotContain("No evidence");
	}

	@Test
	void theMentorReadsReadinessAndTheMapAndExportsThePdfWhileTheLineManagerSeesNeither() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.item(p, "Minutes of the reading group");
		this.scene.write(p, 0, "The minutes show my part [E1].");
		SignedInUser mentor = this.scene.joins(p, "Mentor Reader", PortfolioRole.MENTOR);
		SignedInUser manager = this.scene.joins(p, "Line Manager", PortfolioRole.LINE_MANAGER);

		signInAs(mentor);
		this.browser.open("/portfolios/" + p.id());
		this.browser.click("Readiness");
		assertThat(this.browser.text("#check-approvals")).contains("Fail")
			.contains("Criterion 1: Personal performance");
		assertThat(this.browser.driver().findElements(By.cssSelector("a.readiness-fix")))
			.as("no fix links for the mentor")
			.isEmpty();
		this.browser.click("Evidence map");
		assertThat(this.browser.text("#item-1")).startsWith("E1 Minutes of the reading group");
		this.browser.click("Export");
		// The sections are not approved yet, so the PDF is a draft, which the mentor
		// confirms.
		this.browser.click(this.browser.driver().findElement(By.id("confirmDraft")));
		this.browser.click("Export a draft PDF");
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(60))
			.until((driver) -> !driver.findElements(By.cssSelector("[data-testid=export-download]")).isEmpty());
		this.browser.checkAccessibility();
		assertThat(this.browser.mainText()).contains("Your PDF is ready");
		assertThat(this.browser.driver().findElements(By.linkText("Your data")))
			.as("the data export is the candidate's")
			.isEmpty();
		this.browser.driver().manage().deleteAllCookies();

		signInAs(manager);
		for (String page : List.of("/readiness", "/evidence-map", "/glossary", "/export")) {
			this.browser.open("/portfolios/" + p.id() + page);
			assertThat(this.browser.text("h1")).as(page).isEqualTo("Page not found");
		}
	}

	private String level(String check) {
		String badge = this.browser.text("#check-" + check + " .readiness-badge");
		return badge.substring(badge.indexOf(' ') + 1);
	}

	/**
	 * Follows the check's fix link (the n-th of its links that lead to a page where the
	 * candidate fixes it).
	 */
	private void fix(String check, int index) {
		WebElement link = this.browser.driver()
			.findElements(By.cssSelector("#check-" + check + " a.readiness-fix"))
			.get(index);
		String text = link.getText();
		String href = link.getAttribute("href");
		this.browser.driver().get(href);
		this.browser.checkAccessibility();
		assertThat(text).isNotBlank();
	}

	private void backToReadiness() {
		this.browser.click("Readiness");
	}

}
