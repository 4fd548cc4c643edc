package org.chartfolio.writing;

import java.time.Duration;
import java.util.List;

import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@BrowserTest
class WritingJourneyBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private EvidenceService evidence;

	@Test
	void aCandidateWritesAStatementCitingEvidenceRevisesItAndResolvesAConflict() {
		Portfolio p = this.scene.candidate("Lisa Marsh").portfolio("certification");
		EvidenceSummary display = this.evidence.add(p.candidate(), p.id(),
				details("Photo of the summer reading display"));
		EvidenceSummary minutes = this.evidence.add(p.candidate(), p.id(), details("Minutes of the CDG committee"));
		signInAtHome(p.candidate());

		this.browser.open("/portfolios/" + p.id());
		this.browser.click("Criterion 1: Personal performance");
		String section = this.browser.path();
		assertThat(section).matches("/portfolios/\\d+/sections/\\d+");
		assertThat(this.browser.mainText()).contains("Identify areas for improvement in your personal performance")
			.contains("Nothing written yet");
		this.browser.click("Start writing");
		assertThat(driver().findElement(By.id("autosave-needs-script")).isDisplayed())
			.as("no advice to press Save while autosave works")
			.isFalse();

		// The picker inserts citations at the cursor; the word count follows the typing.
		assertThat(this.browser.mainText()).contains("E1 Photo of the summer reading display")
			.contains("E2 Minutes of the CDG committee");
		WebElement body = driver().findElement(By.id("body"));
		body.sendKeys("I planned the summer reading display");
		this.browser.click("Insert E1");
		body.sendKeys(" and the committee agreed to fund it");
		this.browser.click("Insert E2");
		assertThat(this.browser.value("body"))
			.isEqualTo("I planned the summer reading display [E1] and the committee agreed to fund it [E2]");
		waitFor(() -> this.browser.text("[data-tally=section]").equals("Words in this section: 13"));
		assertThat(this.browser.text("[data-tally=statement]")).isEqualTo("All statements together: 13 of 1,000 words");

		// Autosave keeps the text while typing.
		waitFor(() -> this.browser.text("#autosave-status").startsWith("Saved at"));
		recheckAccessibility();
		body.sendKeys(".");
		this.browser.click("Save");

		assertThat(this.browser.path()).isEqualTo(section);
		assertThat(this.browser.mainText()).contains("Your text has been saved.").contains("Words in this section: 13");
		List<WebElement> citations = driver().findElements(By.cssSelector(".statement-text a.citation"));
		assertThat(citations).extracting(WebElement::getText).containsExactly("E1", "E2");
		assertThat(citations.get(0).getAttribute("href")).endsWith("/portfolios/" + p.id() + "/evidence/1");
		assertThat(citations.get(0).getAttribute("title")).isEqualTo(display.title());
		assertThat(citations.get(1).getAttribute("href")).endsWith("/portfolios/" + p.id() + "/evidence/2");
		assertThat(driver().findElement(By.cssSelector(".statement-text p")).getAttribute("id")).isEqualTo("para-1");
		assertThat(this.browser.find("paragraph 1").getAttribute("href")).endsWith(section + "#para-1");

		this.browser.open("/portfolios/" + p.id());
		WebElement firstRow = driver()
			.findElement(By.xpath("//tr[th/a[normalize-space()='Criterion 1: Personal performance']]"));
		assertThat(firstRow.getText()).contains("Draft").endsWith("13");
		assertThat(this.browser.find("Annotated CV").getText()).isEqualTo("Annotated CV");
		this.browser.open(section);

		// A note on what the evidence shows here.
		this.browser.fill("note-" + display.id(), "Shows that I can plan and promote an event");
		this.browser.click(driver().findElement(By.cssSelector("#cited-" + display.id() + " button")));
		assertThat(this.browser.mainText()).contains("Your note has been saved.");
		assertThat(this.browser.value("note-" + display.id())).isEqualTo("Shows that I can plan and promote an event");

		// Edit again, then compare and restore.
		this.browser.click("Edit this section");
		this.browser.fill("body", "I led the summer reading display [E1], and it doubled loans [E2] and [E9].");
		this.browser.click("Save");
		assertThat(this.browser.text("#citation-warnings")).contains("E9");
		assertThat(this.browser.text(".statement-text")).contains("E9 NOT FOUND");
		this.browser.click("Revisions");
		assertThat(driver().findElements(By.cssSelector("tbody tr"))).hasSize(3);
		this.browser.click("Compare");
		assertThat(this.browser.text(".diff ins")).contains("added:");
		assertThat(this.browser.mainText()).contains("Changes from revision 2 to revision 3");
		this.browser.click("Restore revision 2");
		assertThat(this.browser.mainText()).contains("The earlier revision is now the current text.")
			.contains("I planned the summer reading display [E1] and the committee agreed to fund it [E2].");

		// Two tabs: the second save is refused, and nothing typed is lost.
		String editor = section + "/edit";
		WebDriver driver = driver();
		String firstTab = driver.getWindowHandle();
		this.browser.open(editor);
		driver.switchTo().newWindow(WindowType.TAB);
		this.browser.open(editor);
		this.browser.fill("body", "Saved from the second tab.");
		this.browser.click("Save");
		driver.switchTo().window(firstTab);
		this.browser.fill("body", "Typed in the first tab.");
		this.browser.click("Save");
		assertThat(this.browser.mainText()).contains("This text was changed somewhere else");
		assertThat(this.browser.value("saved-body")).isEqualTo("Saved from the second tab.");
		assertThat(this.browser.value("body")).isEqualTo("Typed in the first tab.");
		this.browser.fill("body", "Saved from the second tab. Typed in the first tab.");
		this.browser.click("Save");
		assertThat(this.browser.mainText()).contains("Your text has been saved.")
			.contains("Saved from the second tab. Typed in the first tab.");
		assertThat(minutes.label()).isEqualTo("E2");
	}

	@Test
	void textTypedAfterTheSessionEndsIsKeptInTheBrowserAndOfferedBack() {
		Portfolio p = this.scene.candidate("Sam Timeout").portfolio("revalidation");
		signInAtHome(p.candidate());
		this.browser.open("/portfolios/" + p.id());
		this.browser.click("Reflective statement");
		this.browser.click("Start writing");
		String editor = this.browser.path();

		driver().manage().deleteCookieNamed("JSESSIONID");
		driver().findElement(By.id("body")).sendKeys("Words I must not lose");
		waitFor(() -> this.browser.text("#autosave-status").startsWith("Your session has ended"));
		recheckAccessibility();

		signInAtHome(p.candidate());
		this.browser.open(editor);
		assertThat(this.browser.value("body")).isEmpty();
		assertThat(driver().findElement(By.id("backup-notice")).isDisplayed()).isTrue();
		recheckAccessibility();
		this.browser.click("Restore my unsaved text");
		assertThat(this.browser.value("body")).isEqualTo("Words I must not lose");
		this.browser.click("Save");
		assertThat(this.browser.mainText()).contains("Your text has been saved.").contains("Words I must not lose");
		this.browser.open(editor);
		assertThat(driver().findElement(By.id("backup-notice")).isDisplayed()).isFalse();
	}

	private WebDriver driver() {
		return this.browser.driver();
	}

	private void recheckAccessibility() {
		((JavascriptExecutor) driver()).executeScript("window.__chartfolioAxeChecked = false;");
		this.browser.checkAccessibility();
	}

	private void waitFor(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver(), Duration.ofSeconds(10)).until((d) -> condition.getAsBoolean());
	}

	private static EvidenceService.EvidenceDetails details(String title) {
		return evidence(title).build();
	}

}
