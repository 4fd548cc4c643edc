package org.chartfolio.review;

import org.chartfolio.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey with JavaScript off: every comment, reply, resolve and decision is a plain
 * form and a page.
 */
@BrowserTest
class ReviseBesideTheCommentsWithoutJavaScriptBrowserTests extends ReviseBesideTheCommentsJourney {

	@Override
	protected boolean javaScript() {
		return false;
	}

	@Override
	void reply(String threadId, String words) {
		this.browser.fill("reply-" + threadId.substring("thread-".length()) + "-edit", words);
		this.browser.click(within(threadId, "Post reply"));
		assertThat(this.browser.path()).endsWith("/edit#" + threadId);
		assertThat(this.browser.mainText()).contains("Reply posted.");
	}

	@Override
	void resolve(String threadId) {
		this.browser.click(within(threadId, "Resolve"));
		assertThat(this.browser.path()).endsWith("/edit#" + threadId);
		assertThat(this.browser.mainText()).contains("Thread resolved.")
			.contains("Resolved comments (1) are on the section page.");
	}

}
