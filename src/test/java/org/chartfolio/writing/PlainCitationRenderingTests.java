package org.chartfolio.writing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendering a line manager reads: citations as labels, nothing that leads to or names
 * the evidence.
 */
class PlainCitationRenderingTests {

	@Test
	void citationsStayPlainLabelsWithoutLinksTitlesOrNotFoundFlags() {
		String html = MarkdownRenderer.renderPlain("I planned the display [E1] and the committee agreed [E2, E9].");

		assertThat(html).contains("[E1]")
			.contains("[E2, E9]")
			.doesNotContain("<a")
			.doesNotContain("citation")
			.doesNotContain("/evidence/");
	}

	@Test
	void theTextIsStillSanitisedAndKeepsItsMarkdown() {
		String html = MarkdownRenderer.renderPlain("""
				# What I did

				Some **strong** words <script>alert('x')</script> and [a link](javascript:alert(1)).
				""");

		assertThat(html).contains("<h3 id=\"para-1\">What I did</h3>")
			.contains("<strong>strong</strong>")
			.doesNotContain("<script")
			.doesNotContain("javascript:");
	}

}
