package org.chartfolio.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own stylesheet is well formed. A rule left open swallows every rule after it
 * without a word from the browser: the pages still render, only the styles below are gone
 * (patterns of the PKSB chart, the borders of readiness checks), which no other test
 * notices.
 */
class StylesheetTests {

	@Test
	void everyRuleIsClosedBeforeTheNextBegins() throws IOException {
		String css = new ClassPathResource("static/css/app.css").getContentAsString(StandardCharsets.UTF_8);
		List<String> problems = new ArrayList<>();
		int depth = 0;
		int line = 1;
		boolean comment = false;
		for (int i = 0; i < css.length(); i++) {
			char c = css.charAt(i);
			if (c == '\n') {
				line++;
			}
			if (comment) {
				if (c == '*' && i + 1 < css.length() && css.charAt(i + 1) == '/') {
					comment = false;
					i++;
				}
				continue;
			}
			if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
				comment = true;
				i++;
			}
			else if (c == '{') {
				depth++;
				// Only @media and the like hold rules; a rule inside a plain rule means
				// one was left open.
				if (depth > 1 && !insideAtRule(css, i)) {
					problems.add("line " + line + ": a rule begins inside another that was not closed");
				}
			}
			else if (c == '}') {
				depth--;
				if (depth < 0) {
					problems.add("line " + line + ": a closing brace with no rule to close");
					depth = 0;
				}
			}
		}
		assertThat(comment).as("an unclosed comment").isFalse();
		assertThat(problems).isEmpty();
		assertThat(depth).as("rules left open at the end").isZero();
	}

	/**
	 * Whether the innermost open block before {@code at} was opened by an at-rule such
	 * as @media.
	 */
	private static boolean insideAtRule(String css, int at) {
		int depth = 0;
		for (int i = at - 1; i >= 0; i--) {
			char c = css.charAt(i);
			if (c == '}') {
				depth++;
			}
			else if (c == '{') {
				if (depth == 0) {
					int start = Math.max(css.lastIndexOf('}', i - 1), css.lastIndexOf(';', i - 1)) + 1;
					return css.substring(start, i).strip().replaceAll("(?s)/\\*.*?\\*/", "").strip().startsWith("@");
				}
				depth--;
			}
		}
		return false;
	}

}
