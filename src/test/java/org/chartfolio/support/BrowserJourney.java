package org.chartfolio.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.fail;

/**
 * One browser per test class, with cookies cleared before each test. Where Chromium is missing the
 * journeys are skipped with a message, except on CI, which installs it and so must run them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {

	@LocalServerPort
	private int port;

	protected Browser browser;

	@BeforeAll
	void startBrowser() {
		if (!Browser.available()) {
			String message = "Browser journeys need Debian's chromium and chromium-driver at " + Browser.whereLooked()
					+ " (apt-get install chromium chromium-driver; .ci/run does this)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message);
			}
			Assumptions.abort(message);
		}
		this.browser = new Browser(baseUrl(), javaScript());
	}

	/** Whether the pages' scripts run: a journey that must work with JavaScript off says false. */
	protected boolean javaScript() {
		return true;
	}

	/**
	 * Where the browser goes: the test's own server. A journey that starts instances of the app itself
	 * (on a port it chose before the browser starts) says where they listen instead.
	 */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** Keeps a screenshot and the page source of every failed journey in target/browser-failures. */
	@RegisterExtension
	final AfterTestExecutionCallback keepEvidenceOfFailures = (context) -> {
		if (context.getExecutionException().isPresent() && this.browser != null) {
			Path folder = Path.of("target", "browser-failures");
			Files.createDirectories(folder);
			String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
			byte[] png = ((TakesScreenshot) this.browser.driver()).getScreenshotAs(OutputType.BYTES);
			Files.write(folder.resolve(name + ".png"), png);
			Files.writeString(folder.resolve(name + ".html"), this.browser.driver().getPageSource());
		}
	};

	@BeforeEach
	void signOutEveryone() {
		this.browser.reset();
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
