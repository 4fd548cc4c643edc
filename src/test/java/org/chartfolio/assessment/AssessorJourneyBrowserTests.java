package org.chartfolio.assessment;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

/**
 * The candidate freezes a copy and makes an assessor link; a signed-out browser reads the
 * web edition, one click from a citation to the item and its file and one click back,
 * while the portfolio's own pages stay closed to it; the candidate records a request for
 * further information, resubmits and sees what changed.
 */
@BrowserTest
class AssessorJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private WritingService writing;

	@Test
	void anAssessorReadsTheSubmittedCopyThroughALinkAndTheCandidateResubmitsAfterARequest() {
		Portfolio p = this.scene.candidate("Lisa Candidate").portfolio("certification");
		long statement = p.section(0).id();
		byte[] minutes = "Minutes of the reading group, 4 March: twelve came.".getBytes(StandardCharsets.UTF_8);
		this.scene.evidence(p, evidence("Reading group minutes").kind(EvidenceKind.MINUTES), "minutes.txt", minutes);
		this.scene.write(p, statement, "I chaired the reading group [E1].");

		signInAs(p.candidate());
		this.browser.open("/portfolios/" + p.id() + "/archive").click("Freeze a submitted copy");
		String copyPath = this.browser.path();
		this.browser.click("Your data").click("Make assessor links to this copy");
		this.browser.fill("name", "First assessor").fill("days", "14").click("Make the link");
		String link = this.browser.driver().findElement(By.cssSelector("a.assessor-url")).getAttribute("href");
		String linkPath = link.substring(link.indexOf("/assessors/"));
		this.browser.click("Sign out");

		// A browser with nobody signed in reads the web edition.
		this.browser.open(linkPath);
		assertThat(this.browser.mainText()).contains("I chaired the reading group").contains("Evidence map");
		WebElement citation = this.browser.driver().findElement(By.cssSelector("#statements a.citation"));
		this.browser.click(citation);
		assertThat(this.browser.driver().getCurrentUrl()).endsWith("#evidence-1");
		assertThat(this.browser.text("#evidence-1")).contains("Reading group minutes").contains("twelve came");
		this.browser.click(this.browser.driver().findElement(By.cssSelector("#evidence-1 a.cited-back")));
		assertThat(this.browser.driver().getCurrentUrl()).matches(".*#section-\\d+-para-1");
		String paragraph = this.browser.driver().getCurrentUrl().replaceAll(".*#", "");
		assertThat(this.browser.text("#" + paragraph)).contains("I chaired the reading group");

		// The live portfolio and the copy's own pages are not reached through the link.
		for (String path : List.of("/portfolios/" + p.id(), "/portfolios/" + p.id() + "/evidence", copyPath)) {
			this.browser.open(path);
			assertThat(this.browser.path()).as(path + " signed out").isEqualTo("/login");
		}
		SignedInUser stranger = this.scene.person("Assessor With An Account");
		signInAs(stranger);
		for (String path : List.of("/portfolios/" + p.id(), "/portfolios/" + p.id() + "/evidence/1", copyPath)) {
			this.browser.open(path);
			assertThat(this.browser.mainText()).as(path + " for a stranger").contains("Page not found");
		}
		this.browser.open(linkPath);
		assertThat(this.browser.mainText()).contains("I chaired the reading group");
		this.browser.click("Sign out");

		// The candidate sees the openings, records the panel's request, resubmits and
		// sees what changed.
		signInAs(p.candidate());
		this.browser.open(copyPath + "/assessors");
		assertThat(this.browser.text(".assessor-link")).contains("First assessor").contains("Opened 2 times");
		this.browser.open(copyPath + "/outcome");
		this.browser.choose("Further information requested");
		this.browser.fill("details", "Show what the readers said.").click("Save the outcome");
		assertThat(this.browser.text(".recorded-outcome")).contains("Further information requested")
			.contains("Show what the readers said.");
		this.browser.open("/");
		assertThat(this.browser.mainText()).contains("Outcome: Further information requested");

		this.scene.evidence(p, evidence("Readers' survey").kind(EvidenceKind.FEEDBACK));
		this.writing.save(p.candidate(), p.id(), statement,
				"I chaired the reading group [E1]; the readers asked for more [E2].",
				this.writing.editor(p.candidate(), p.id(), statement).version(), false);
		this.browser.open(copyPath + "/outcome").click("Go to the live portfolio's data to freeze the resubmission");
		this.browser.click("Freeze a submitted copy");
		String resubmission = this.browser.path();
		this.browser.open(resubmission + "/outcome").click("See what changed since then");
		assertThat(this.browser.mainText()).contains("What changed since the first submission")
			.contains("Show what the readers said.")
			.contains("E2 Readers' survey");
		assertThat(this.browser.text(".section-change ins")).contains("the readers asked for more");
		assertThat(this.browser.pagesChecked()).isGreaterThanOrEqualTo(12);
	}

}
