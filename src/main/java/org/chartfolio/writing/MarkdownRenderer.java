package org.chartfolio.writing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chartfolio.evidence.EvidenceSummary;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a section's Markdown into safe HTML. Citation markers become links to the
 * evidence items' pages, or a visible "not found" flag; each top-level block gets the id
 * {@code para-N} (counting from 1) so that evidence pages can link to the paragraph that
 * cites them. Whatever HTML the Markdown holds, the result passes the sanitiser: no
 * script, no event handlers, only http, https and mailto links.
 * <p>
 * {@link ParsedMarkdown} parses the text and finds its markers; {@link MarkerRenderers}
 * writes each marker as HTML; this class holds what the rest of the module asks of a
 * text, and the sanitiser.
 */
final class MarkdownRenderer {

	private static final String[] BLOCKS = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre",
			"hr" };

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
				"strong", "a", "br", "hr", "span")
		.allowStandardUrlProtocols()
		.allowAttributes("href", "title")
		.onElements("a")
		.allowAttributes("class")
		.matching(Pattern.compile("citation"))
		.onElements("a")
		.allowAttributes("class")
		.matching(Pattern.compile("citation-missing|citation-badge"))
		.onElements("span")
		.allowAttributes("id")
		.matching(Pattern.compile("para-\\d+"))
		.onElements(BLOCKS)
		.allowAttributes("id")
		.matching(Pattern.compile("objective-\\d+"))
		.onElements("li")
		.allowAttributes("start")
		.matching(Pattern.compile("\\d{1,6}"))
		.onElements("ol")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	/** [O2]: a citation of the second organisational objective. */
	static final Pattern OBJECTIVE = Pattern.compile("\\[\\s*[Oo](\\d{1,3})\\s*\\]");

	/** Either kind of marker; group 1 is set for an objective's. */
	static final Pattern ANY_MARKER = Pattern.compile(CitationMarkers.PATTERN.pattern() + "|" + OBJECTIVE.pattern());

	private static final Pattern MARKER_AND_SPACE_BEFORE = Pattern.compile("[ \\t]*(?:" + ANY_MARKER.pattern() + ")");

	/**
	 * One evidence number named in the text, and the top-level block (from 1) it is named
	 * in.
	 */
	record Marker(int number, int paragraph) {
	}

	/**
	 * Safe HTML, and the numbers it cites that name no live item (in the order first
	 * written).
	 */
	record Rendered(String html, List<Integer> missing) {
	}

	/** One [O2] in the text, and the top-level block (from 1) it is written in. */
	record ObjectiveMarker(int number, int paragraph) {
	}

	static String objectiveAnchor(int number) {
		return "objective-" + number;
	}

	/**
	 * The organisational objectives the text sets out, in order (O1 first): the items of
	 * the list that follows a heading "Organisational objectives". Empty when it has no
	 * such block.
	 */
	static List<String> objectives(String markdown) {
		ParsedMarkdown parsed = ParsedMarkdown.of(markdown);
		List<String> objectives = new ArrayList<>();
		parsed.objectiveItems().keySet().forEach((item) -> objectives.add(ParsedMarkdown.textOf(item).strip()));
		return objectives;
	}

	/** Every [O…] marker of the text, outside code, in the order written. */
	static List<ObjectiveMarker> objectiveMarkers(String markdown) {
		return ParsedMarkdown.of(markdown)
			.objectiveMarkers()
			.stream()
			.map((node) -> new ObjectiveMarker(node.number, node.paragraph))
			.toList();
	}

	private MarkdownRenderer() {
	}

	static String anchor(int paragraph) {
		return "para-" + paragraph;
	}

	/**
	 * The plain words of each top-level block, in order: the paragraph numbered N here is
	 * the one whose anchor is {@code para-N}.
	 */
	static List<String> paragraphs(String markdown) {
		Node document = ParsedMarkdown.PARSER.parse((markdown != null) ? markdown : "");
		org.commonmark.renderer.text.TextContentRenderer text = org.commonmark.renderer.text.TextContentRenderer
			.builder()
			.build();
		List<String> paragraphs = new ArrayList<>();
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			paragraphs.add(text.render(block).strip());
		}
		return paragraphs;
	}

	/**
	 * The words a reader reads, block by block (blocks apart by a blank line): no code,
	 * no HTML, no link targets, and no citation markers.
	 */
	static String prose(String markdown) {
		Node document = ParsedMarkdown.PARSER.parse((markdown != null) ? markdown : "");
		StringBuilder prose = new StringBuilder();
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			StringBuilder words = new StringBuilder();
			block.accept(new AbstractVisitor() {
				@Override
				public void visit(Text text) {
					words.append(text.getLiteral());
				}

				@Override
				public void visit(org.commonmark.node.Code code) {
					words.append(' ');
				}

				@Override
				public void visit(org.commonmark.node.SoftLineBreak lineBreak) {
					words.append(' ');
				}

				@Override
				public void visit(org.commonmark.node.HardLineBreak lineBreak) {
					words.append(' ');
				}

				@Override
				public void visit(org.commonmark.node.Paragraph paragraph) {
					visitChildren(paragraph);
					words.append("\n\n");
				}
			});
			if (!words.isEmpty()) {
				prose.append(words.toString().strip()).append("\n\n");
			}
		}
		return MARKER_AND_SPACE_BEFORE.matcher(prose.toString().strip()).replaceAll("");
	}

	/** Every marker of the text, outside code. */
	static List<Marker> markers(String markdown) {
		List<Marker> markers = new ArrayList<>();
		ParsedMarkdown parsed = ParsedMarkdown.of(markdown);
		parsed.citations().forEach((node) -> node.numbers.forEach((n) -> markers.add(new Marker(n, node.paragraph))));
		return markers;
	}

	/**
	 * @param items the portfolio's live items by number, at least those the text names
	 * @param notFound the words of the flag on a marker that names no live item
	 */
	static Rendered render(String markdown, long portfolioId, Map<Integer, EvidenceSummary> items, String notFound) {
		return render(markdown, portfolioId, items, notFound, false, null);
	}

	/**
	 * As {@link #render(String, long, Map, String)}, with each [O2] a link to the
	 * objective's place on {@code objectivesPage} (the organisational context section),
	 * or left as written when that is null.
	 */
	static Rendered render(String markdown, long portfolioId, Map<Integer, EvidenceSummary> items, String notFound,
			String objectivesPage) {
		return render(markdown, portfolioId, items, notFound, false, objectivesPage);
	}

	/**
	 * Safe HTML in which citations stay plain labels such as "[E3]": no link, no title,
	 * nothing that tells whether the item exists, for a reader who may not see the
	 * evidence.
	 */
	static String renderPlain(String markdown) {
		return render(markdown, 0, Map.of(), "", true, null).html();
	}

	/**
	 * The same safe HTML as {@link #render}, one piece per top-level block (the piece at
	 * index N-1 is the block whose anchor is {@code para-N}), for a page that puts
	 * something under each paragraph.
	 */
	static List<String> renderBlocks(String markdown, long portfolioId, Map<Integer, EvidenceSummary> items,
			String notFound, String objectivesPage) {
		ParsedMarkdown parsed = ParsedMarkdown.of(markdown);
		HtmlRenderer renderer = MarkerRenderers.renderer(parsed, portfolioId, items, notFound, false, objectivesPage);
		List<String> blocks = new ArrayList<>();
		for (Node block = parsed.document().getFirstChild(); block != null; block = block.getNext()) {
			blocks.add(POLICY.sanitize(renderer.render(block)));
		}
		return blocks;
	}

	private static Rendered render(String markdown, long portfolioId, Map<Integer, EvidenceSummary> items,
			String notFound, boolean plain, String objectivesPage) {
		ParsedMarkdown parsed = ParsedMarkdown.of(markdown);
		Set<Integer> missing = new LinkedHashSet<>();
		if (!plain) {
			parsed.citations()
				.forEach((node) -> node.numbers.stream().filter((n) -> !items.containsKey(n)).forEach(missing::add));
		}
		HtmlRenderer renderer = MarkerRenderers.renderer(parsed, portfolioId, items, notFound, plain, objectivesPage);
		return new Rendered(POLICY.sanitize(renderer.render(parsed.document())), List.copyOf(missing));
	}

}
