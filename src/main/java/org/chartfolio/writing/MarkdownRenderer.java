package org.chartfolio.writing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chartfolio.evidence.EvidenceSummary;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a section's Markdown into safe HTML. Citation markers become links to the evidence items'
 * pages, or a visible "not found" flag; each top-level block gets the id {@code para-N} (counting
 * from 1) so that evidence pages can link to the paragraph that cites them. Whatever HTML the
 * Markdown holds, the result passes the sanitiser: no script, no event handlers, only http, https
 * and mailto links.
 */
final class MarkdownRenderer {

	/** A writer's "# Heading" is shown as an h3: the page's own h1 and h2 come first. */
	private static final int HEADING_SHIFT = 2;

	private static final Parser PARSER = Parser.builder().build();

	private static final String[] BLOCKS = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre",
			"hr" };

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
				"strong", "a", "br", "hr", "span")
		.allowStandardUrlProtocols()
		.allowAttributes("href", "title").onElements("a")
		.allowAttributes("class").matching(Pattern.compile("citation")).onElements("a")
		.allowAttributes("class").matching(Pattern.compile("citation-missing|citation-badge")).onElements("span")
		.allowAttributes("id").matching(Pattern.compile("para-\\d+")).onElements(BLOCKS)
		.allowAttributes("id").matching(Pattern.compile("objective-\\d+")).onElements("li")
		.allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	/** [O2]: a citation of the second organisational objective. */
	static final Pattern OBJECTIVE = Pattern.compile("\\[\\s*[Oo](\\d{1,3})\\s*\\]");

	/** Either kind of marker; group 1 is set for an objective's. */
	private static final Pattern ANY_MARKER = Pattern
		.compile(CitationMarkers.PATTERN.pattern() + "|" + OBJECTIVE.pattern());

	/**
	 * The heading of the organisational context section that the candidate's organisational objectives
	 * follow, as a list: its items are O1, O2 and so on, in order.
	 */
	private static final Pattern OBJECTIVES_HEADING = Pattern.compile("(?i)organi[sz]ational objectives");

	private static final Pattern MARKER_AND_SPACE_BEFORE = Pattern.compile("[ \\t]*(?:" + ANY_MARKER.pattern() + ")");

	/** One evidence number named in the text, and the top-level block (from 1) it is named in. */
	record Marker(int number, int paragraph) {
	}

	/** Safe HTML, and the numbers it cites that name no live item (in the order first written). */
	record Rendered(String html, List<Integer> missing) {
	}

	/** One [O2] in the text, and the top-level block (from 1) it is written in. */
	record ObjectiveMarker(int number, int paragraph) {
	}

	static String objectiveAnchor(int number) {
		return "objective-" + number;
	}

	/**
	 * The organisational objectives the text sets out, in order (O1 first): the items of the list that
	 * follows a heading "Organisational objectives". Empty when it has no such block.
	 */
	static List<String> objectives(String markdown) {
		Parsed parsed = parse(markdown);
		List<String> objectives = new ArrayList<>();
		parsed.objectiveItems().keySet().forEach((item) -> objectives.add(textOf(item).strip()));
		return objectives;
	}

	/** Every [O…] marker of the text, outside code, in the order written. */
	static List<ObjectiveMarker> objectiveMarkers(String markdown) {
		return parse(markdown).objectiveMarkers()
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
	 * The plain words of each top-level block, in order: the paragraph numbered N here is the one
	 * whose anchor is {@code para-N}.
	 */
	static List<String> paragraphs(String markdown) {
		Node document = PARSER.parse((markdown != null) ? markdown : "");
		org.commonmark.renderer.text.TextContentRenderer text = org.commonmark.renderer.text.TextContentRenderer.builder()
			.build();
		List<String> paragraphs = new ArrayList<>();
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			paragraphs.add(text.render(block).strip());
		}
		return paragraphs;
	}

	/**
	 * The words a reader reads, block by block (blocks apart by a blank line): no code, no HTML, no
	 * link targets, and no citation markers.
	 */
	static String prose(String markdown) {
		Node document = PARSER.parse((markdown != null) ? markdown : "");
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
		Parsed parsed = parse(markdown);
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
	 * As {@link #render(String, long, Map, String)}, with each [O2] a link to the objective's place on
	 * {@code objectivesPage} (the organisational context section), or left as written when that is null.
	 */
	static Rendered render(String markdown, long portfolioId, Map<Integer, EvidenceSummary> items, String notFound,
			String objectivesPage) {
		return render(markdown, portfolioId, items, notFound, false, objectivesPage);
	}

	/**
	 * Safe HTML in which citations stay plain labels such as "[E3]": no link, no title, nothing that
	 * tells whether the item exists, for a reader who may not see the evidence.
	 */
	static String renderPlain(String markdown) {
		return render(markdown, 0, Map.of(), "", true, null).html();
	}

	/**
	 * The same safe HTML as {@link #render}, one piece per top-level block (the piece at index N-1 is
	 * the block whose anchor is {@code para-N}), for a page that puts something under each paragraph.
	 */
	static List<String> renderBlocks(String markdown, long portfolioId, Map<Integer, EvidenceSummary> items,
			String notFound, String objectivesPage) {
		Parsed parsed = parse(markdown);
		HtmlRenderer renderer = renderer(parsed, portfolioId, items, notFound, false, objectivesPage);
		List<String> blocks = new ArrayList<>();
		for (Node block = parsed.document().getFirstChild(); block != null; block = block.getNext()) {
			blocks.add(POLICY.sanitize(renderer.render(block)));
		}
		return blocks;
	}

	private static Rendered render(String markdown, long portfolioId, Map<Integer, EvidenceSummary> items,
			String notFound, boolean plain, String objectivesPage) {
		Parsed parsed = parse(markdown);
		Set<Integer> missing = new LinkedHashSet<>();
		if (!plain) {
			parsed.citations()
				.forEach((node) -> node.numbers.stream().filter((n) -> !items.containsKey(n)).forEach(missing::add));
		}
		HtmlRenderer renderer = renderer(parsed, portfolioId, items, notFound, plain, objectivesPage);
		return new Rendered(POLICY.sanitize(renderer.render(parsed.document())), List.copyOf(missing));
	}

	private static HtmlRenderer renderer(Parsed parsed, long portfolioId, Map<Integer, EvidenceSummary> items,
			String notFound, boolean plain, String objectivesPage) {
		return HtmlRenderer.builder()
			.attributeProviderFactory((context) -> (node, tagName, attributes) -> {
				Integer index = parsed.blockIndex().get(node);
				boolean codeInsidePre = "code".equals(tagName)
						&& (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock);
				if (index != null && !codeInsidePre) {
					attributes.put("id", anchor(index));
				}
				Integer objective = parsed.objectiveItems().get(node);
				if (objective != null && "li".equals(tagName)) {
					attributes.put("id", objectiveAnchor(objective));
				}
			})
			.nodeRendererFactory((context) -> new CitationRenderer(context, portfolioId, items, notFound, plain))
			.nodeRendererFactory((context) -> new ObjectiveRenderer(context, plain ? null : objectivesPage))
			.build();
	}

	private record Parsed(Node document, Map<Node, Integer> blockIndex, List<CitationNode> citations,
			List<ObjectiveNode> objectiveMarkers, Map<Node, Integer> objectiveItems) {
	}

	private static Parsed parse(String markdown) {
		Node document = PARSER.parse((markdown != null) ? markdown : "");
		Map<Node, Integer> blockIndex = new IdentityHashMap<>();
		int index = 1;
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			blockIndex.put(block, index++);
		}
		List<Text> texts = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				texts.add(text);
			}

			@Override
			public void visit(Heading heading) {
				// The page has its h1 and the text sits under an h2: the writer's headings go below.
				heading.setLevel(Math.min(6, heading.getLevel() + HEADING_SHIFT));
				visitChildren(heading);
			}
		});
		Map<Node, Integer> objectiveItems = objectiveItems(document);
		List<CitationNode> citations = new ArrayList<>();
		List<ObjectiveNode> objectiveMarkers = new ArrayList<>();
		for (Text text : texts) {
			Matcher marker = ANY_MARKER.matcher(text.getLiteral());
			if (!marker.find()) {
				continue;
			}
			int paragraph = blockIndex.get(topLevel(text));
			String literal = text.getLiteral();
			int from = 0;
			do {
				if (marker.start() > from) {
					text.insertBefore(new Text(literal.substring(from, marker.start())));
				}
				if (marker.group(1) != null) {
					ObjectiveNode objective = new ObjectiveNode(Integer.parseInt(marker.group(1)), paragraph);
					text.insertBefore(objective);
					objectiveMarkers.add(objective);
				}
				else {
					CitationNode citation = new CitationNode(CitationMarkers.numbers(marker.group()), paragraph);
					text.insertBefore(citation);
					citations.add(citation);
				}
				from = marker.end();
			}
			while (marker.find());
			if (from < literal.length()) {
				text.insertBefore(new Text(literal.substring(from)));
			}
			text.unlink();
		}
		return new Parsed(document, blockIndex, citations, objectiveMarkers, objectiveItems);
	}

	/** The items of the list straight after the heading "Organisational objectives", numbered from 1 in order. */
	private static Map<Node, Integer> objectiveItems(Node document) {
		Map<Node, Integer> items = new java.util.LinkedHashMap<>();
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			if (block instanceof Heading heading && OBJECTIVES_HEADING.matcher(textOf(heading).strip()).matches()
					&& heading.getNext() instanceof org.commonmark.node.ListBlock list) {
				int number = 1;
				for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
					items.put(item, number++);
				}
				break;
			}
		}
		return items;
	}

	private static String textOf(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text literal) {
				text.append(literal.getLiteral());
			}
		});
		return text.toString();
	}

	private static Node topLevel(Node node) {
		Node current = node;
		while (!(current.getParent() instanceof Document)) {
			current = current.getParent();
		}
		return current;
	}

	/** A citation marker in the parsed text. */
	static final class CitationNode extends CustomNode {

		private final List<Integer> numbers;

		private final int paragraph;

		CitationNode(List<Integer> numbers, int paragraph) {
			this.numbers = numbers;
			this.paragraph = paragraph;
		}

	}

	/** An [O2] marker in the parsed text. */
	static final class ObjectiveNode extends CustomNode {

		private final int number;

		private final int paragraph;

		ObjectiveNode(int number, int paragraph) {
			this.number = number;
			this.paragraph = paragraph;
		}

	}

	/** [O2] as a link to the objective in the organisational context, or as written when there is no such page. */
	private static final class ObjectiveRenderer implements NodeRenderer {

		private final HtmlWriter html;

		private final String page;

		ObjectiveRenderer(HtmlNodeRendererContext context, String page) {
			this.html = context.getWriter();
			this.page = page;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(ObjectiveNode.class);
		}

		@Override
		public void render(Node node) {
			ObjectiveNode objective = (ObjectiveNode) node;
			this.html.text("[");
			if (this.page != null) {
				Map<String, String> attributes = new LinkedHashMap<>();
				attributes.put("href", this.page + "#" + objectiveAnchor(objective.number));
				attributes.put("class", "citation");
				this.html.tag("a", attributes);
				this.html.text("O" + objective.number);
				this.html.tag("/a");
			}
			else {
				this.html.text("O" + objective.number);
			}
			this.html.text("]");
		}

	}

	private static final class CitationRenderer implements NodeRenderer {

		private final HtmlWriter html;

		private final long portfolioId;

		private final Map<Integer, EvidenceSummary> items;

		private final String notFound;

		private final boolean plain;

		CitationRenderer(HtmlNodeRendererContext context, long portfolioId, Map<Integer, EvidenceSummary> items,
				String notFound, boolean plain) {
			this.html = context.getWriter();
			this.portfolioId = portfolioId;
			this.items = items;
			this.notFound = notFound;
			this.plain = plain;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(CitationNode.class);
		}

		@Override
		public void render(Node node) {
			CitationNode citation = (CitationNode) node;
			this.html.text("[");
			for (int i = 0; i < citation.numbers.size(); i++) {
				if (i > 0) {
					this.html.text(", ");
				}
				int number = citation.numbers.get(i);
				EvidenceSummary item = this.items.get(number);
				if (this.plain) {
					this.html.text("E" + number);
				}
				else if (item != null) {
					Map<String, String> attributes = new LinkedHashMap<>();
					attributes.put("href", "/portfolios/" + this.portfolioId + "/evidence/" + number);
					attributes.put("title", item.title());
					attributes.put("class", "citation");
					this.html.tag("a", attributes);
					this.html.text(item.label());
					this.html.tag("/a");
				}
				else {
					this.html.tag("span", Map.of("class", "citation-missing"));
					this.html.text("E" + number + " ");
					this.html.tag("span", Map.of("class", "citation-badge"));
					this.html.text(this.notFound);
					this.html.tag("/span");
					this.html.tag("/span");
				}
			}
			this.html.text("]");
		}

	}

}
