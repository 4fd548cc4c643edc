package org.chartfolio.portfolio;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio nav on a phone-sized window with the app's scripts off: the groups give way to a menu
 * page and a capture button, the skip link jumps over the nav, and the nav marks the page it is on.
 */
@BrowserTest
class PortfolioNavBrowserTests extends BrowserJourney {

	@Autowired
	private Fixtures fixtures;

	@Override
	protected boolean javaScript() {
		return false;
	}

	@AfterEach
	void desktopAgain() {
		this.browser.driver().manage().window().setSize(new Dimension(1280, 1024));
	}

	@Test
	void onAPhoneTheNavIsAMenuPageAndCaptureStaysInReach() {
		SignedInUser candidate = this.fixtures.person("Priya Shah");
		long portfolio = this.fixtures.portfolio(candidate, "chartership");
		signIn(candidate);
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));

		this.browser.open("/portfolios/" + portfolio);
		assertThat(this.browser.driver().findElement(By.cssSelector(".portfolio-nav-groups")).isDisplayed()).isFalse();
		WebElement capture = this.browser.driver().findElement(By.cssSelector(".capture-button"));
		assertThat(capture.isDisplayed()).isTrue();
		assertThat(capture.getCssValue("position")).isEqualTo("fixed");

		// The skip link is the first stop and lands past the nav, in the page's own content.
		this.browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
		assertThat(this.browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to main content");
		this.browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(this.browser.activeElementId()).isEqualTo("main");

		this.browser.click("Portfolio menu");
		assertThat(this.browser.path()).isEqualTo("/portfolios/" + portfolio + "/menu");
		List<String> groups = this.browser.driver()
			.findElements(By.cssSelector(".portfolio-menu h2"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(groups).containsExactly("Write", "Evidence", "Plan", "Meet", "Submit", "More");
		this.browser.click(this.browser.driver()
			.findElement(By.xpath("//*[contains(@class,'portfolio-menu')]//a[normalize-space()='Development plan']")));
		assertThat(this.browser.path()).isEqualTo("/portfolios/" + portfolio + "/plan");

		this.browser.click(this.browser.driver().findElement(By.cssSelector(".capture-button")));
		assertThat(this.browser.path()).isEqualTo("/portfolios/" + portfolio + "/evidence/capture");
	}

	@Test
	void onADesktopTheNavIsGroupedAndMarksOnlyThePageItIsOn() {
		SignedInUser candidate = this.fixtures.person("Tomasz Nowak");
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		signIn(candidate);

		this.browser.open("/portfolios/" + portfolio + "/evidence-map");
		assertThat(this.browser.driver().findElement(By.cssSelector(".portfolio-nav-compact")).isDisplayed()).isFalse();
		assertThat(currentPage()).containsExactly("Evidence map");
		assertThat(this.browser.text(".portfolio-nav")).contains("WRITE").contains("SUBMIT");

		this.browser.open("/portfolios/" + portfolio);
		this.browser.click("Criterion 1: Personal performance");
		assertThat(this.browser.path()).matches("/portfolios/\\d+/sections/\\d+");
		assertThat(currentPage()).as("a statement is not the overview").isEmpty();
		assertThat(this.browser.text(".portfolio-nav-group.is-current .portfolio-nav-group-label")).isEqualTo("WRITE");
	}

	private List<String> currentPage() {
		return this.browser.driver()
			.findElements(By.cssSelector(".portfolio-nav [aria-current=page]"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void signIn(SignedInUser user) {
		this.browser.open("/login").fill("username", user.email()).fill("password", Fixtures.PASSWORD).click("Sign in");
		assertThat(this.browser.path()).isEqualTo("/");
	}

}
