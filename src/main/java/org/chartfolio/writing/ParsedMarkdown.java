package org.chartfolio.writing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * A section's Markdown parsed, with its markers found: each [E3] or [O2] outside code
 * becomes a node of its own, each top-level block knows its number (from 1, as in
 * {@code para-N}), and the items of the organisational objectives list know theirs.
 * {@link MarkdownRenderer} reads and renders it.
 *
 * @param document the parsed text, markers split out of the text around them
 * @param blockIndex each top-level block's number
 * @param citations the evidence markers, in the order written
 * @param objectiveMarkers the [O…] markers, in the order written
 * @param objectiveItems the objectives list's items and their numbers, O1 first
 */
record ParsedMarkdown(Node document, Map<Node, Integer> blockIndex, List<CitationNode> citations,
		List<ObjectiveNode> objectiveMarkers, Map<Node, Integer> objectiveItems) {

	/** A writer's "# Heading" is shown as an h3: the page's own h1 and h2 come first. */
	private static final int HEADING_SHIFT = 2;

	static final Parser PARSER = Parser.builder().build();

	/**
	 * The heading of the organisational context section that the candidate's
	 * organisational objectives follow, as a list: its items are O1, O2 and so on, in
	 * order.
	 */
	private static final Pattern OBJECTIVES_HEADING = Pattern.compile("(?i)organi[sz]ational objectives");

	static ParsedMarkdown of(String markdown) {
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
				// The page has its h1 and the text sits under an h2: the writer's
				// headings go below.
				heading.setLevel(Math.min(6, heading.getLevel() + HEADING_SHIFT));
				visitChildren(heading);
			}
		});
		Map<Node, Integer> objectiveItems = objectiveItems(document);
		List<CitationNode> citations = new ArrayList<>();
		List<ObjectiveNode> objectiveMarkers = new ArrayList<>();
		for (Text text : texts) {
			Matcher marker = MarkdownRenderer.ANY_MARKER.matcher(text.getLiteral());
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
		return new ParsedMarkdown(document, blockIndex, citations, objectiveMarkers, objectiveItems);
	}

	/**
	 * The items of the list straight after the heading "Organisational objectives",
	 * numbered from 1 in order.
	 */
	private static Map<Node, Integer> objectiveItems(Node document) {
		Map<Node, Integer> items = new LinkedHashMap<>();
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			if (block instanceof Heading heading && OBJECTIVES_HEADING.matcher(textOf(heading).strip()).matches()
					&& heading.getNext() instanceof ListBlock list) {
				int number = 1;
				for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
					items.put(item, number++);
				}
				break;
			}
		}
		return items;
	}

	static String textOf(Node node) {
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

		final List<Integer> numbers;

		final int paragraph;

		CitationNode(List<Integer> numbers, int paragraph) {
			this.numbers = numbers;
			this.paragraph = paragraph;
		}

	}

	/** An [O2] marker in the parsed text. */
	static final class ObjectiveNode extends CustomNode {

		final int number;

		final int paragraph;

		ObjectiveNode(int number, int paragraph) {
			this.number = number;
			this.paragraph = paragraph;
		}

	}

}
