package org.chartfolio.portfolio;

import java.util.List;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio nav on a phone-sized window with the app's scripts off: the groups give
 * way to a menu page and a capture button, the skip link jumps over the nav, the keyboard
 * alone reaches the menu and a page from it with focus always in sight, and the nav marks
 * the page it is on.
 */
@BrowserTest
class PortfolioNavBrowserTests extends BrowserJourney {

	@Autowired
	private PortfolioScene scene;

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
		Portfolio p = this.scene.candidate("Priya Shah").portfolio("chartership");
		signInAtHome(p.candidate());
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));

		this.browser.open("/portfolios/" + p.id());
		assertThat(this.browser.driver().findElement(By.cssSelector(".portfolio-nav-groups")).isDisplayed()).isFalse();
		WebElement capture = this.browser.driver().findElement(By.cssSelector(".capture-button"));
		assertThat(capture.isDisplayed()).isTrue();
		assertThat(capture.getCssValue("position")).isEqualTo("fixed");

		// The skip link is the first stop and lands past the nav, in the page's own
		// content.
		this.browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
		assertThat(this.browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to main content");
		this.browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(this.browser.activeElementId()).isEqualTo("main");

		this.browser.click("Portfolio menu");
		assertThat(this.browser.path()).isEqualTo("/portfolios/" + p.id() + "/menu");
		List<String> groups = this.browser.driver()
			.findElements(By.cssSelector(".portfolio-menu h2"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(groups).containsExactly("Write", "Evidence", "Plan", "Meet", "Submit", "More");
		this.browser.click(this.browser.driver()
			.findElement(By.xpath("//*[contains(@class,'portfolio-menu')]//a[normalize-space()='Development plan']")));
		assertThat(this.browser.path()).isEqualTo("/portfolios/" + p.id() + "/plan");

		this.browser.click(this.browser.driver().findElement(By.cssSelector(".capture-button")));
		assertThat(this.browser.path()).isEqualTo("/portfolios/" + p.id() + "/evidence/capture");
	}

	@Test
	void onAPhoneTheKeyboardAloneReachesTheMenuAndAPageFromIt() {
		Portfolio p = this.scene.candidate("Amara Okoye").portfolio("certification");
		signInAtHome(p.candidate());
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		this.browser.open("/portfolios/" + p.id());

		// From the top of the page, Tab reaches the menu link without passing through the
		// hidden groups.
		WebElement menuLink = tabTo("Portfolio menu");
		assertThat(menuLink.getAttribute("class")).contains("portfolio-nav-menu-link");
		assertFocusIsVisible(menuLink);
		menuLink.sendKeys(Keys.ENTER);
		waitForPath("/portfolios/" + p.id() + "/menu");
		this.browser.checkAccessibility();

		WebElement plan = tabTo("Development plan");
		assertThat(plan.findElement(By.xpath("ancestor::*[contains(@class,'portfolio-menu')]")).isDisplayed()).isTrue();
		assertFocusIsVisible(plan);
		plan.sendKeys(Keys.ENTER);
		waitForPath("/portfolios/" + p.id() + "/plan");
		this.browser.checkAccessibility();
		assertThat(this.browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Development plan");
	}

	/**
	 * Presses Tab from the top of the page until the link or button with this text has
	 * focus, as a keyboard user would.
	 */
	private WebElement tabTo(String text) {
		this.browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
		List<String> passed = new java.util.ArrayList<>();
		for (int stop = 0; stop < 60; stop++) {
			WebElement focused = this.browser.driver().switchTo().activeElement();
			String name = focused.getText().strip();
			if (name.equals(text)) {
				return focused;
			}
			assertThat(focused.isDisplayed()).as("focus stop %d (%s) is on screen", stop, name).isTrue();
			passed.add(name);
			focused.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached \"" + text + "\"; it passed " + passed);
	}

	/**
	 * The focused element shows where focus is: an outline at least two pixels thick (the
	 * browser's own thin ring is easy to miss), as a sighted keyboard user needs.
	 */
	private void assertFocusIsVisible(WebElement element) {
		assertThat(this.browser.driver().switchTo().activeElement()).isEqualTo(element);
		assertThat(element.isDisplayed()).isTrue();
		assertThat(element.getCssValue("outline-style")).isNotIn("none", "auto");
		assertThat(Double.parseDouble(element.getCssValue("outline-width").replace("px", "")))
			.isGreaterThanOrEqualTo(2);
	}

	private void waitForPath(String path) {
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser.driver(), java.time.Duration.ofSeconds(10))
			.until((driver) -> this.browser.path().equals(path));
	}

	@Test
	void onADesktopTheNavIsGroupedAndMarksOnlyThePageItIsOn() {
		Portfolio p = this.scene.candidate("Tomasz Nowak").portfolio("certification");
		signInAtHome(p.candidate());

		this.browser.open("/portfolios/" + p.id() + "/evidence-map");
		assertThat(this.browser.driver().findElement(By.cssSelector(".portfolio-nav-compact")).isDisplayed()).isFalse();
		assertThat(currentPage()).containsExactly("Evidence map");
		assertThat(this.browser.text(".portfolio-nav")).contains("WRITE").contains("SUBMIT");

		this.browser.open("/portfolios/" + p.id());
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

}
