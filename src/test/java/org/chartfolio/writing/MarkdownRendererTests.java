package org.chartfolio.writing;

import java.util.Map;

import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private static final Map<Integer, EvidenceSummary> ITEMS = Map.of(7, item(7, "Photo of the summer reading display"),
			9, item(9, "Minutes of the CDG committee"));

	@Test
	void removesScriptsEventHandlersAndJavascriptLinks() {
		String html = render(
				"""
						Hello <script>alert('x')</script> there.

						<img src="x" onerror="alert(1)"> <b onclick="steal()">bold</b>

						[click me](javascript:alert(1)) and <a href="javascript:alert(2)">raw</a> and [fine](https://cilip.org.uk)
						""");

		assertThat(html).doesNotContain("<script")
			.doesNotContain("alert")
			.doesNotContain("onerror")
			.doesNotContain("onclick")
			.doesNotContain("javascript:")
			.doesNotContain("<img");
		assertThat(html).contains("Hello").contains("click me").contains("href=\"https://cilip.org.uk\"");
	}

	@Test
	void keepsTheMarkdownAReaderNeeds() {
		String html = render("""
				# Heading

				Some *emphasis* and **strong** words, `code`, a [mail](mailto:me@example.org).

				> A quotation

				- one
				- two
				""");

		assertThat(html).contains("<h3 id=\"para-1\">Heading</h3>")
			.contains("<p id=\"para-2\">Some <em>emphasis</em> and <strong>strong</strong>")
			.contains("<code>code</code>")
			.contains("href=\"mailto:me&#64;example.org\"")
			.contains("<blockquote id=\"para-3\">")
			.contains("<ul id=\"para-4\">");
	}

	@Test
	void linksCitationsToTheItemsPagesWithTheirTitles() {
		String html = render("""
				I planned the display [E7].

				The committee agreed [E7, E9] and it worked.
				""");

		assertThat(html).contains(
				"<p id=\"para-1\">I planned the display [<a href=\"/portfolios/42/evidence/7\" title=\"Photo of the summer reading display\" class=\"citation\"")
			.contains(">E7</a>]")
			.contains("href=\"/portfolios/42/evidence/9\" title=\"Minutes of the CDG committee\"")
			.contains("<p id=\"para-2\">");
		assertThat(MarkdownRenderer.markers("I planned [E7].\n\nThen [E7, E9].\n\n`[E3]` is code")).containsExactly(
				new MarkdownRenderer.Marker(7, 1), new MarkdownRenderer.Marker(7, 2),
				new MarkdownRenderer.Marker(9, 2));
	}

	@Test
	void flagsCitationsOfItemsThatDoNotExist() {
		MarkdownRenderer.Rendered rendered = MarkdownRenderer.render("See [E7, E12] and [E3].", 42, ITEMS, "not found");

		assertThat(rendered.html())
			.contains("<span class=\"citation-missing\">E12 <span class=\"citation-badge\">not found</span></span>")
			.contains("<span class=\"citation-missing\">E3 ");
		assertThat(rendered.missing()).containsExactly(12, 3);
	}

	@Test
	void aWriterCannotForgeCitationMarkupOrIds() {
		String html = render("<p id=\"evil\" class=\"x\" style=\"color:red\">Hi</p> <span class=\"other\">s</span>");

		assertThat(html).doesNotContain("evil")
			.doesNotContain("class=\"x\"")
			.doesNotContain("style")
			.doesNotContain("class=\"other\"");
	}

	@Test
	void setsOutTheOrganisationalObjectivesAndLinksTheirCitations() {
		String context = "Our service.\n\n## Organisational objectives\n\n1. Widen access\n2. Support *digital* inclusion\n\nMore.";
		assertThat(MarkdownRenderer.objectives(context)).containsExactly("Widen access", "Support digital inclusion");
		assertThat(MarkdownRenderer.objectives("1. Widen access")).as("a list without the heading is no block")
			.isEmpty();
		String html = MarkdownRenderer.render(context, 42, ITEMS, "not found", "/portfolios/42/sections/9").html();
		assertThat(html).contains("<li id=\"objective-1\">Widen access</li>").contains("<li id=\"objective-2\">");

		String statement = "The plan [O2] and [ o1 ] but not `[O3]`.";
		assertThat(MarkdownRenderer.objectiveMarkers(statement)).extracting(MarkdownRenderer.ObjectiveMarker::number)
			.containsExactly(2, 1);
		assertThat(MarkdownRenderer.render(statement, 42, ITEMS, "not found", "/portfolios/42/sections/9").html())
			.contains("[<a href=\"/portfolios/42/sections/9#objective-2\" class=\"citation\"")
			.contains(">O1</a>]")
			.contains("<code>[O3]</code>");
		assertThat(MarkdownRenderer.prose(statement)).as("markers are not words")
			.startsWith("The plan and but not")
			.doesNotContain("O2")
			.doesNotContain("o1");
		assertThat(MarkdownRenderer.renderPlain(statement)).contains("[O2]").doesNotContain("href");
	}

	private static String render(String markdown) {
		return MarkdownRenderer.render(markdown, 42, ITEMS, "not found").html();
	}

	private static EvidenceSummary item(int number, String title) {
		return new EvidenceSummary(100 + number, 42, number, title, EvidenceKind.NOTE, null);
	}

}
