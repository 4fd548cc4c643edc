package org.chartfolio.writing;

import java.util.regex.Pattern;

/**
 * Counts words as the word limit counts them: criteria headings (Markdown heading lines)
 * and citation markers do not count. app.js counts the same way while the candidate
 * types.
 */
final class WordCounter {

	private static final Pattern HEADING_LINE = Pattern.compile("(?m)^ {0,3}#{1,6}(?:[ \\t].*)?$");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

	private WordCounter() {
	}

	static int count(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return 0;
		}
		String text = HEADING_LINE.matcher(markdown).replaceAll(" ");
		text = CitationMarkers.PATTERN.matcher(text).replaceAll(" ");
		int words = 0;
		for (String token : text.split("\\s+")) {
			if (WORD.matcher(token).find()) {
				words++;
			}
		}
		return words;
	}

}
