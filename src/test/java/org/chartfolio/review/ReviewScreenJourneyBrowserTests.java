package org.chartfolio.review;

import java.time.Duration;

import org.chartfolio.support.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review screen with JavaScript on: htmx opens the form in place, a selection becomes
 * the quote.
 */
@BrowserTest
class ReviewScreenJourneyBrowserTests extends ReviewScreenJourney {

	@Override
	void openCommentForm() {
		String before = this.browser.path();
		openCommentForm(2);
		assertThat(this.browser.path()).as("the form opens in place").isEqualTo(before);
		assertThat(this.browser.activeElementId()).isEqualTo("comment-body-2");
	}

	/**
	 * Selects the words in the paragraph, as a mouse would; the page's script puts them
	 * in the quote.
	 */
	@Override
	void quote(String words) {
		WebElement paragraph = this.browser.driver().findElement(By.id("para-2"));
		((JavascriptExecutor) this.browser.driver()).executeScript("""
				const text = arguments[0].firstChild;
				const start = text.textContent.indexOf(arguments[1]);
				const range = document.createRange();
				range.setStart(text, start);
				range.setEnd(text, start + arguments[1].length);
				const selection = window.getSelection();
				selection.removeAllRanges();
				selection.addRange(range);
				""", paragraph, words);
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(5))
			.until((driver) -> words.equals(this.browser.value("comment-quote-2")));
	}

}
