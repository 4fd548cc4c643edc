package org.chartfolio.search;

/**
 * What the person typed, for PostgreSQL's {@code websearch_to_tsquery} ("quoted phrases",
 * or, -not). Highlighting in snippets is marked with {@link #START} and {@link #STOP},
 * characters that never occur in text people type, so that the page can escape everything
 * else.
 */
public record SearchQuery(String text) {

	public static final String START = "\u0002";

	public static final String STOP = "\u0003";

	/** Options for {@code ts_headline}: short fragments, marked with START and STOP. */
	public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=\" … \"";

	public static final int MAX_LENGTH = 200;

	public SearchQuery {
		text = (text == null) ? "" : text.strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
	}

	public boolean isBlank() {
		return this.text.isEmpty();
	}

}
