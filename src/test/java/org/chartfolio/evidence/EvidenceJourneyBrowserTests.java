package org.chartfolio.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class EvidenceJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "amber signal notebook";

	@Test
	void aCandidateCapturesFindsEditsBinsAndRestoresEvidence() throws Exception {
		register("Lisa Marsh");
		String overview = startPortfolio("Certification (ACLIP)", "My Certification portfolio");
		assertThat(overview).matches("/portfolios/\\d+");

		Path folder = Files.createTempDirectory("evidence-journey");
		Path photo = Files.write(folder.resolve("reading-display.png"), TestFiles.png(900, 600));
		Path minutes = Files.write(folder.resolve("committee-minutes.pdf"), TestFiles.PDF);

		capture("Summer reading display", photo);
		assertThat(this.browser.path()).isEqualTo(overview);
		assertThat(this.browser.text("[data-testid=captured]")).isEqualTo("Saved as E1.");
		capture("CDG committee minutes", minutes);
		assertThat(this.browser.path()).isEqualTo(overview);
		assertThat(this.browser.text("[data-testid=captured]")).isEqualTo("Saved as E2.");

		this.browser.open(overview + "/evidence");
		assertThat(this.browser.text("#evidence-1")).contains("E1")
			.contains("Summer reading display")
			.contains("Photo");
		assertThat(this.browser.text("#evidence-2")).contains("E2")
			.contains("CDG committee minutes")
			.contains("Document");
		WebElement thumbnail = this.browser.driver().findElement(By.cssSelector("#evidence-1 img.evidence-thumbnail"));
		assertThat(((JavascriptExecutor) this.browser.driver()).executeScript("return arguments[0].naturalWidth;",
				thumbnail))
			.isEqualTo(160L);
		assertThat(this.browser.driver().findElements(By.cssSelector("#evidence-2 img"))).isEmpty();

		new Select(this.browser.driver().findElement(By.id("filter-kind"))).selectByVisibleText("Photo");
		this.browser.click("Apply filters");
		assertThat(this.browser.path()).contains("kind=PHOTO");
		assertThat(this.browser.mainText()).contains("Summer reading display").doesNotContain("CDG committee minutes");

		this.browser.click("Summer reading display");
		assertThat(this.browser.path()).isEqualTo(overview + "/evidence/1");
		assertThat(this.browser.mainText()).contains("This item is not cited anywhere yet.");
		WebElement download = this.browser.find("reading-display.png");
		assertThat(download.getDomAttribute("href")).matches(".*/evidence/1/files/\\d+");
		assertThat(this.browser.driver().findElements(By.cssSelector("img.evidence-preview"))).hasSize(1);

		this.browser.click("Edit");
		assertThat(this.browser.value("title")).isEqualTo("Summer reading display");
		this.browser.fill("tags", "Displays, reader development").click("Save evidence");
		assertThat(this.browser.path()).isEqualTo(overview + "/evidence/1");
		assertThat(this.browser.text("[data-testid=tags]")).contains("displays").contains("reader development");

		this.browser.click("Delete");
		assertThat(this.browser.mainText()).contains("Delete E1?");
		this.browser.click("Move to bin");
		assertThat(this.browser.path()).isEqualTo(overview + "/evidence");
		assertThat(this.browser.mainText()).contains("moved to the bin").doesNotContain("Summer reading display");

		this.browser.click("Bin");
		assertThat(this.browser.mainText()).contains("E1").contains("Summer reading display");
		this.browser.click("Restore");
		assertThat(this.browser.path()).isEqualTo(overview + "/evidence/1");
		assertThat(this.browser.mainText()).contains("restored").contains("Summer reading display");
		this.browser.open(overview + "/evidence");
		assertThat(this.browser.mainText()).contains("Summer reading display").contains("CDG committee minutes");
		assertThat(this.browser.pagesChecked()).isGreaterThan(10);
	}

	@Test
	void aTooLargeUploadShowsTheFormAgainWithTheReason() throws Exception {
		register("Big Files");
		String overview = startPortfolio("Certification (ACLIP)", "My portfolio");
		Path folder = Files.createTempDirectory("evidence-journey");
		Path huge = folder.resolve("huge-scan.pdf");
		try (var out = Files.newOutputStream(huge)) {
			out.write(TestFiles.PDF);
			byte[] block = new byte[1024 * 1024];
			for (int i = 0; i < 26; i++) {
				out.write(block);
			}
		}

		this.browser.open(overview + "/evidence/new").fill("title", "Huge scan");
		this.browser.driver().findElement(By.id("files")).sendKeys(huge.toAbsolutePath().toString());
		this.browser.click("Save evidence");

		assertThat(this.browser.text("#files-error")).contains("too big").contains("25 MB");
		assertThat(this.browser.text(".error-summary")).contains("too big");
		this.browser.open(overview + "/evidence");
		assertThat(this.browser.mainText()).contains("No evidence yet");
		for (Path file : List.of(huge)) {
			Files.deleteIfExists(file);
		}
	}

	private void capture(String title, Path file) {
		this.browser.fill("capture-title", title);
		this.browser.driver().findElement(By.id("capture-file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.click("Save to evidence");
	}

	private void register(String name) {
		registerAndSignIn(name, "p-" + UUID.randomUUID() + "@example.org", PASSWORD);
		assertThat(this.browser.path()).isEqualTo("/");
	}

}
