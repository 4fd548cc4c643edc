package org.chartfolio.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

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
		this.browser = new Browser("http://localhost:" + this.port);
	}

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
