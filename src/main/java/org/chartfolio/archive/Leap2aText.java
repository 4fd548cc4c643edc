package org.chartfolio.archive;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Turns a journal post's (X)HTML into the plain text a note item holds: the OWASP
 * sanitiser parses it and lets only harmless structure through (no script, style, event
 * handler or unknown URL scheme survives), and what comes out is written as text:
 * paragraphs apart, list items as {@code - }, a link's address after its words, an
 * embedded image or file that the feed holds named as the item's file it becomes, one
 * that lives elsewhere named but never fetched.
 */
final class Leap2aText {

	private static final String[] BLOCKS = { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
			"table", "tr", "pre", "section", "article" };

	private Leap2aText() {
	}

	/** How embedded references are written, in the reader's language. */
	record Labels(Function<String, String> image, Function<String, String> file, Function<String, String> elsewhere) {
	}

	/** Text without any markup, for titles and summaries. */
	static String plain(String html) {
		return toText(html, (ref) -> Optional.empty(), null);
	}

	/**
	 * The text of {@code html}; {@code files} names the file a reference ({@code src} or
	 * {@code href}) resolves to, if the feed holds it.
	 */
	static String toText(String html, Function<String, Optional<String>> files, Labels labels) {
		if (html == null || html.isBlank()) {
			return "";
		}
		Writer writer = new Writer(files, labels);
		HtmlSanitizer.sanitize(html,
				new HtmlPolicyBuilder().allowElements(BLOCKS)
					.allowElements("br", "li", "td", "th", "a", "img", "strong", "b", "em", "i", "span", "code", "hr")
					.allowAttributes("href")
					.onElements("a")
					.allowAttributes("src", "alt")
					.onElements("img")
					.allowUrlProtocols("http", "https", "mailto", "portfolio", "urn", "tag", "files")
					.allowStandardUrlProtocols()
					.build(writer));
		return writer.result();
	}

	private static final class Writer implements HtmlStreamEventReceiver {

		private final StringBuilder out = new StringBuilder();

		private final Function<String, Optional<String>> files;

		private final Labels labels;

		private final java.util.ArrayDeque<String> links = new java.util.ArrayDeque<>();

		Writer(Function<String, Optional<String>> files, Labels labels) {
			this.files = files;
			this.labels = labels;
		}

		@Override
		public void openDocument() {
		}

		@Override
		public void closeDocument() {
		}

		@Override
		public void openTag(String name, List<String> attributes) {
			switch (name) {
				case "br" -> this.out.append('\n');
				case "li" -> {
					line();
					this.out.append("- ");
				}
				case "td", "th" -> this.out.append(' ');
				case "hr" -> block();
				case "a" -> this.links.push(attribute(attributes, "href"));
				case "img" -> image(attribute(attributes, "src"), attribute(attributes, "alt"));
				default -> {
					if (isBlock(name)) {
						block();
					}
				}
			}
		}

		@Override
		public void closeTag(String name) {
			if ("a".equals(name) && !this.links.isEmpty()) {
				String href = this.links.pop();
				if (!href.isEmpty() && this.labels != null) {
					Optional<String> file = this.files.apply(href);
					if (file.isPresent()) {
						this.out.append(' ').append(this.labels.file().apply(file.get()));
					}
					else if (href.startsWith("http://") || href.startsWith("https://")) {
						this.out.append(" (").append(href).append(')');
					}
				}
			}
			else if (isBlock(name)) {
				block();
			}
		}

		@Override
		public void text(String text) {
			this.out.append(text.replaceAll("[\\t\\x0B\\f\\r ]+", " ").replace("\n", " "));
		}

		private void image(String src, String alt) {
			if (this.labels == null) {
				return;
			}
			Optional<String> file = src.isEmpty() ? Optional.empty() : this.files.apply(src);
			if (file.isPresent()) {
				this.out.append(this.labels.image().apply(file.get()));
			}
			else {
				this.out.append(this.labels.elsewhere().apply(alt.isBlank() ? src : alt));
			}
		}

		private void line() {
			if (this.out.length() > 0 && this.out.charAt(this.out.length() - 1) != '\n') {
				this.out.append('\n');
			}
		}

		private void block() {
			line();
			if (this.out.length() > 1 && !this.out.toString().endsWith("\n\n")) {
				this.out.append('\n');
			}
		}

		String result() {
			return this.out.toString()
				.replaceAll("(?m)[ \\t]+$", "")
				.replaceAll("(?m)^ +", "")
				.replaceAll("\n{3,}", "\n\n")
				.strip();
		}

		private static boolean isBlock(String name) {
			for (String block : BLOCKS) {
				if (block.equals(name)) {
					return true;
				}
			}
			return false;
		}

		private static String attribute(List<String> attributes, String name) {
			for (int i = 0; i + 1 < attributes.size(); i += 2) {
				if (name.equals(attributes.get(i))) {
					return attributes.get(i + 1);
				}
			}
			return "";
		}

	}

}
