package org.chartfolio.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The [E7] and [E7, E9] markers by which a text cites evidence items by their numbers.
 */
final class CitationMarkers {

	static final Pattern PATTERN = Pattern.compile("\\[\\s*[Ee]\\d{1,6}(?:\\s*[,;]\\s*[Ee]\\d{1,6})*\\s*\\]");

	private static final Pattern NUMBER = Pattern.compile("[Ee](\\d{1,6})");

	private CitationMarkers() {
	}

	/** The item numbers one marker names, in the order written. */
	static List<Integer> numbers(String marker) {
		List<Integer> numbers = new ArrayList<>();
		Matcher number = NUMBER.matcher(marker);
		while (number.find()) {
			numbers.add(Integer.parseInt(number.group(1)));
		}
		return numbers;
	}

}
