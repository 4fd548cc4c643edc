package org.chartfolio.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.chartfolio.account.SignedInUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * One browser per test class, with cookies cleared before each test. Where Chromium is
 * missing the journeys are skipped with a message, except on CI, which installs it and so
 * must run them.
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

	/**
	 * Whether the pages' scripts run: a journey that must work with JavaScript off says
	 * false.
	 */
	protected boolean javaScript() {
		return true;
	}

	/**
	 * Where the browser goes: the test's own server. A journey that starts instances of
	 * the app itself (on a port it chose before the browser starts) says where they
	 * listen instead.
	 */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Keeps a screenshot and the page source of every failed journey in
	 * target/browser-failures.
	 */
	@RegisterExtension
	final AfterTestExecutionCallback keepEvidenceOfFailures = (context) -> {
		if (context.getExecutionException().isPresent() && this.browser != null) {
			Path folder = Path.of("target", "browser-failures");
			Files.createDirectories(folder);
			String name = context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getRequiredTestMethod().getName();
			byte[] png = ((TakesScreenshot) this.browser.driver()).getScreenshotAs(OutputType.BYTES);
			Files.write(folder.resolve(name + ".png"), png);
			Files.writeString(folder.resolve(name + ".html"), this.browser.driver().getPageSource());
		}
	};

	@BeforeEach
	void signOutEveryone() {
		this.browser.reset();
	}

	/**
	 * Signs in on the sign-in page with the {@link Fixtures#PASSWORD} every fixture
	 * person has.
	 */
	protected Browser signInAs(SignedInUser person) {
		return signInAs(person.email(), Fixtures.PASSWORD);
	}

	/** Signs in on the sign-in page with this email and password, wherever that leads. */
	protected Browser signInAs(String email, String password) {
		return this.browser.open("/login").fill("username", email).fill("password", password).click("Sign in");
	}

	/** Signs in as a fixture person and checks that it leads to their home page. */
	protected void signInAtHome(SignedInUser person) {
		signInAtHome(person.email(), Fixtures.PASSWORD);
	}

	/**
	 * Signs in with this email and password and checks that it leads to the person's home
	 * page.
	 */
	protected void signInAtHome(String email, String password) {
		signInAs(email, password);
		assertThat(this.browser.path()).isEqualTo("/");
	}

	/**
	 * Creates an account on the registration page, then signs in on the page it leads to.
	 */
	protected Browser registerAndSignIn(String name, String email, String password) {
		this.browser.open("/register")
			.fill("name", name)
			.fill("email", email)
			.fill("password", password)
			.click("Create account");
		return this.browser.fill("password", password).click("Sign in");
	}

	/**
	 * From a page that offers it (an invitation's, say), creates an account and signs in
	 * on the page it leads to, which goes back to the page it was offered on.
	 */
	protected Browser registerFromHereAndSignIn(String name, String email, String password) {
		this.browser.click("Create an account");
		this.browser.fill("name", name).fill("email", email).fill("password", password).click("Create account");
		return this.browser.fill("password", password).click("Sign in");
	}

	/**
	 * From a signed-in candidate's home, starts a portfolio on this route; returns its
	 * overview's path.
	 */
	protected String startPortfolio(String route, String title) {
		this.browser.click("Start your portfolio");
		this.browser.choose(route).fill("title", title).click("Start portfolio");
		return this.browser.path();
	}

	/** As the candidate, marks the section ready for review from its review page. */
	protected void markReadyForReview(String section) {
		this.browser.open(section + "/review");
		this.browser.click("Mark ready for review");
		assertThat(this.browser.mainText()).contains("Section marked ready for review")
			.contains("Waiting for review since");
	}

	/**
	 * On a section's review page, opens the comment form under this paragraph: in place
	 * with JavaScript on, on a page of its own without.
	 */
	protected void openCommentForm(int paragraph) {
		this.browser.click("Comment on this paragraph (paragraph " + paragraph + ")");
		if (javaScript()) {
			new WebDriverWait(this.browser.driver(), Duration.ofSeconds(10))
				.until((driver) -> !driver.findElements(By.id("comment-body-" + paragraph)).isEmpty());
		}
		else {
			assertThat(this.browser.path()).endsWith("/review?paragraph=" + paragraph + "#comment-form-" + paragraph);
		}
	}

	/**
	 * As the mentor, comments on a paragraph from the section's review page; returns the
	 * page's text once the comment is posted.
	 */
	protected String commentOn(String section, int paragraph, String comment) {
		this.browser.open(section + "/review");
		openCommentForm(paragraph);
		this.browser.fill("comment-body-" + paragraph, comment);
		this.browser.click("Post comment");
		String page = this.browser.mainText();
		assertThat(page).contains("Comment posted").contains("About paragraph " + paragraph);
		return page;
	}

	/**
	 * As the mentor, on the review page open, sends the section back with this summary.
	 */
	protected void requestChanges(String summary) {
		this.browser.fill("comment", summary);
		this.browser.click("Request changes");
		assertThat(this.browser.text("[data-testid=review-status]")).isEqualTo("Changes requested");
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

}
