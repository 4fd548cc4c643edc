package org.chartfolio.system;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.AppInstance;
import org.chartfolio.support.BrowserJourney;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart keeps a signed-in browser signed in: the candidate writes in a statement
 * editor, the app stops completely and a new instance starts on the same port and
 * database, and in the same browser the page still autosaves, reloads signed in and
 * saves. Sessions live in PostgreSQL and the CSRF token in its own cookie; kept in the
 * stopped instance's memory, the session would be gone and the autosave would report that
 * it has ended, the reload land on the sign-in page.
 * <p>
 * A browser journey like the others ({@link BrowserJourney}: skipped without Chromium
 * except on CI, axe on every page), but with instances of its own rather than a test
 * context, since the point is to stop one.
 */
@Tag("browser")
class RestartJourneyBrowserTests extends BrowserJourney {

	/** Chosen before the browser starts, which is told where the app will be. */
	private final int port = AppInstance.freePort();

	private ConfigurableApplicationContext before;

	private ConfigurableApplicationContext after;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@AfterAll
	void stopInstances() {
		AppInstance.stop(this.before, this.after);
	}

	@Test
	void aCandidateWritingWhenTheAppRestartsIsStillSignedInAndTheirWritingStillSaves() {
		this.before = start();
		SignedInUser candidate = AppInstance.fixtures(this.before).person("Rosa Restart");
		long portfolio = AppInstance.fixtures(this.before).portfolio(candidate, "certification");
		signInAtHome(candidate);
		this.browser.open("/portfolios/" + portfolio);
		this.browser.click("Criterion 1: Personal performance");
		this.browser.click("Start writing");
		String editor = this.browser.path();
		assertThat(editor).matches("/portfolios/\\d+/sections/\\d+/edit");
		body().sendKeys("Written before the restart.");
		waitFor(() -> this.browser.text("#autosave-status").startsWith("Saved at"));

		this.before.close();
		assertThat(this.before.isActive()).isFalse();
		this.after = start();
		assertThat(AppInstance.port(this.after)).isEqualTo(this.port);

		// The page opened before the restart autosaves to the new instance with its
		// session and token.
		clearStatus();
		body().sendKeys(" Typed after it.");
		waitFor(() -> !this.browser.text("#autosave-status").isEmpty());
		assertThat(this.browser.text("#autosave-status")).startsWith("Saved at");
		recheckAccessibility();

		// A reload is the same person's page, not the sign-in page.
		driver().navigate().refresh();
		this.browser.checkAccessibility();
		assertThat(this.browser.path()).isEqualTo(editor);
		assertThat(this.browser.text("[data-testid=signed-in-user]")).isEqualTo("Rosa Restart");
		assertThat(this.browser.value("body")).isEqualTo("Written before the restart. Typed after it.");

		// And a form post, with the token of a page served after the restart, saves the
		// text.
		body().sendKeys(" Saved for good.");
		this.browser.click("Save");
		assertThat(this.browser.path()).isEqualTo(editor.substring(0, editor.length() - "/edit".length()));
		assertThat(this.browser.mainText()).contains("Your text has been saved.")
			.contains("Written before the restart. Typed after it. Saved for good.");
		assertThat(this.browser.text("[data-testid=signed-in-user]")).isEqualTo("Rosa Restart");
	}

	private ConfigurableApplicationContext start() {
		return AppInstance.start(this.port, "--chartfolio.administrators=administrator.restart@chartfolio.test");
	}

	private WebElement body() {
		return driver().findElement(By.id("body"));
	}

	private void clearStatus() {
		((JavascriptExecutor) driver()).executeScript("document.getElementById('autosave-status').textContent = '';");
	}

	private WebDriver driver() {
		return this.browser.driver();
	}

	private void recheckAccessibility() {
		((JavascriptExecutor) driver()).executeScript("window.__chartfolioAxeChecked = false;");
		this.browser.checkAccessibility();
	}

	private void waitFor(BooleanSupplier condition) {
		new WebDriverWait(driver(), Duration.ofSeconds(15)).until((d) -> condition.getAsBoolean());
	}

}
