package org.chartfolio.review;

import org.chartfolio.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review screen with JavaScript off: the link opens the page with the form, the quote
 * is typed.
 */
@BrowserTest
class ReviewScreenWithoutJavaScriptBrowserTests extends ReviewScreenJourney {

	@Override
	protected boolean javaScript() {
		return false;
	}

	@Override
	void openCommentForm() {
		openCommentForm(2);
		assertThat(this.browser.driver().findElements(org.openqa.selenium.By.id("comment-body-2"))).hasSize(1);
		assertThat(((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("return typeof window.htmx")).isEqualTo("undefined");
	}

	@Override
	void quote(String words) {
		this.browser.fill("comment-quote-2", words);
	}

}
