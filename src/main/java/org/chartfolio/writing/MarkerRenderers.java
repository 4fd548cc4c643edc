package org.chartfolio.writing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.writing.ParsedMarkdown.CitationNode;
import org.chartfolio.writing.ParsedMarkdown.ObjectiveNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * How the markers of a {@link ParsedMarkdown} are written as HTML: [E3] as a link to the
 * item's page (or a "not found" flag, or plain words for a reader who may not see
 * evidence), [O2] as a link to the objective; and the ids that let a page link to a
 * paragraph or an objective.
 */
final class MarkerRenderers {

	private MarkerRenderers() {
	}

	static HtmlRenderer renderer(ParsedMarkdown parsed, long portfolioId, Map<Integer, EvidenceSummary> items,
			String notFound, boolean plain, String objectivesPage) {
		return HtmlRenderer.builder().attributeProviderFactory((context) -> (node, tagName, attributes) -> {
			Integer index = parsed.blockIndex().get(node);
			boolean codeInsidePre = "code".equals(tagName)
					&& (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock);
			if (index != null && !codeInsidePre) {
				attributes.put("id", MarkdownRenderer.anchor(index));
			}
			Integer objective = parsed.objectiveItems().get(node);
			if (objective != null && "li".equals(tagName)) {
				attributes.put("id", MarkdownRenderer.objectiveAnchor(objective));
			}
		})
			.nodeRendererFactory((context) -> new CitationRenderer(context, portfolioId, items, notFound, plain))
			.nodeRendererFactory((context) -> new ObjectiveRenderer(context, plain ? null : objectivesPage))
			.build();
	}

	/**
	 * [O2] as a link to the objective in the organisational context, or as written when
	 * there is no such page.
	 */
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
				attributes.put("href", this.page + "#" + MarkdownRenderer.objectiveAnchor(objective.number));
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
