package org.chartfolio.review;

import org.chartfolio.support.BrowserTest;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey with JavaScript on: the comment form opens in place, reply and resolve work
 * in place beside the editor.
 */
@BrowserTest
class ReviseBesideTheCommentsJourneyBrowserTests extends ReviseBesideTheCommentsJourney {

	@Override
	void reply(String threadId, String words) {
		String page = this.browser.path();
		this.browser.fill("reply-" + threadId.substring("thread-".length()) + "-edit", words);
		this.browser.click(within(threadId, "Post reply"));
		waitFor(() -> this.browser.text("#" + threadId).contains(words));
		assertThat(this.browser.path()).as("the reply is posted in place").isEqualTo(page);
		checkTheSwappedThread();
	}

	@Override
	void resolve(String threadId) {
		this.browser.click(within(threadId, "Resolve"));
		waitFor(() -> this.browser.text("#" + threadId).contains("Resolved by Lisa Marsh"));
		assertThat(this.browser.text("#" + threadId)).contains("Reopen thread");
		checkTheSwappedThread();
	}

	/** axe again, now that htmx has put a new thread in the page. */
	private void checkTheSwappedThread() {
		((JavascriptExecutor) this.browser.driver()).executeScript("window.__chartfolioAxeChecked = false;");
		this.browser.checkAccessibility();
	}

}
