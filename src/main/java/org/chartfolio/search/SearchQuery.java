package org.chartfolio.search;

import org.springframework.jdbc.core.simple.JdbcClient;

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

	/**
	 * A source's SQL with the parameters every source's query takes: {@code :text} (for
	 * {@code websearch_to_tsquery}), {@code :options} (for {@code ts_headline}) and
	 * {@code :portfolio}, the one portfolio searched.
	 */
	public JdbcClient.StatementSpec statement(JdbcClient jdbc, String sql, long portfolioId) {
		return jdbc.sql(sql)
			.param("options", HEADLINE_OPTIONS)
			.param("text", this.text)
			.param("portfolio", portfolioId);
	}

}
