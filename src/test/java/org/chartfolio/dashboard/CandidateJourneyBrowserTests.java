package org.chartfolio.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate's first weeks, across every part of the portfolio: start it, capture
 * evidence with files, write a statement that cites it, follow a citation to the evidence
 * and back, delete and restore from the one bin, and find things with search.
 */
@BrowserTest
class CandidateJourneyBrowserTests extends BrowserJourney {

	@Test
	void fromAnEmptyPortfolioToAStatementBackedByEvidence() throws Exception {
		registerAndSignIn("Lisa Marsh", "lisa-" + UUID.randomUUID() + "@example.org", "harbour lantern quietly");
		String overview = startPortfolio("Certification (ACLIP)", "My Certification portfolio");

		Path folder = Files.createTempDirectory("candidate-journey");
		capture("Photo of the summer reading display",
				Files.write(folder.resolve("display.png"), TestFiles.png(640, 480)));
		capture("First Aid certificate", Files.write(folder.resolve("first-aid.pdf"), TestFiles.PDF));
		assertThat(this.browser.path()).isEqualTo(overview);
		assertThat(this.browser.mainText()).contains("E1 Photo of the summer reading display")
			.contains("E2 First Aid certificate")
			.contains("All evidence (2 items)");

		this.browser.click("Criterion 1: Personal performance");
		String section = this.browser.path();
		this.browser.click("Start writing");
		WebElement body = this.browser.driver().findElement(By.id("body"));
		body.sendKeys("I designed the summer reading display and sign-ups rose by a third ");
		this.browser.click("Insert E1");
		body.sendKeys(". I also trained as the weekend first aider ");
		this.browser.click("Insert E2");
		this.browser.click("Save");
		assertThat(this.browser.path()).isEqualTo(section);
		assertThat(this.browser.mainText()).contains("Words in this section: 20");

		// Follow the citation to the evidence, and from the evidence back to the
		// paragraph.
		this.browser.click(this.browser.driver().findElement(By.cssSelector(".statement-text a[href$='/evidence/2']")));
		assertThat(this.browser.path()).isEqualTo(overview + "/evidence/2");
		assertThat(this.browser.text("[data-testid=citations]")).contains("Criterion 1: Personal performance");
		this.browser.click("Criterion 1: Personal performance");
		assertThat(this.browser.path()).isEqualTo(section + "#para-1");

		// The overview counts the words; the home page shows the progress.
		this.browser.open(overview);
		assertThat(this.browser.text("#sections-heading + table"))
			.contains("Criterion 1: Personal performance Draft 20");
		this.browser.open("/");
		assertThat(this.browser.mainText()).contains("Sections started\n1 of 6")
			.contains("Statement words\n20 of 1,000")
			.contains("Evidence items\n2");

		// Delete the text and an item; restore both from the one bin.
		this.browser.open(section).click("Delete text");
		this.browser.click("Yes, delete the text");
		assertThat(this.browser.mainText()).contains("The text has been deleted");
		this.browser.open(overview + "/evidence/1/delete");
		this.browser.click("Move to bin");
		this.browser.open(overview).click("Bin");
		assertThat(this.browser.mainText()).contains("Criterion 1: Personal performance")
			.contains("E1 Photo of the summer reading display");
		this.browser.click(this.browser.find("Restore"));
		assertThat(this.browser.mainText()).contains("The text has been restored")
			.contains("I designed the summer reading display");
		this.browser.open(overview + "/bin").click("Restore");
		assertThat(this.browser.mainText()).contains("E1");
		this.browser.open(overview + "/evidence");
		assertThat(this.browser.mainText()).contains("Photo of the summer reading display");

		// Search finds the statement and the evidence.
		this.browser.open(overview + "/search?q=first+aider");
		assertThat(this.browser.mainText()).contains("Writing").contains("Criterion 1: Personal performance");
	}

	private void capture(String title, Path file) {
		this.browser.fill("capture-title", title);
		this.browser.driver().findElement(By.id("capture-file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.click("Save to evidence");
	}

}
