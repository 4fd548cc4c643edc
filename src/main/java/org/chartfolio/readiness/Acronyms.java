package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the acronyms of a portfolio's writing and whether each is explained where it is
 * first used. An acronym is a token of two or more capital letters, digits allowed after
 * the first letter (CPD, PKSB, ILS2), optionally with a plural "s" (CPDs); a token that
 * is a common English word (NOT, AND) is only shouting. Explained at first use means
 * written as "Expansion Words (ABC)" or "ABC (Expansion Words)" there; a later
 * explanation does not help the reader who met it first.
 */
final class Acronyms {

	static final int MAX_LENGTH = 20;

	private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}])([A-Z][A-Z0-9]+)s?(?![\\p{L}\\p{N}])");

	private static final Pattern WORD_BEFORE = Pattern.compile("\\p{L}{2,}[\\p{L}'’-]*\\s*$");

	private static final Pattern EXPANSION_AFTER = Pattern.compile("^\\s*\\(([^()]{2,200})\\)");

	private static final Pattern EXPANSION_WORD = Pattern.compile("\\p{L}*\\p{Ll}\\p{L}*|\\p{L}{2,}\\s+\\p{L}{2,}");

	private static final int EXCERPT_REACH = 40;

	private Acronyms() {
	}

	/**
	 * Some prose in reading order: a section's words, named as the reader sees the
	 * section.
	 */
	record Passage(long sectionId, String sectionName, String prose) {
	}

	/**
	 * Where an acronym is first used, a few words around it, and whether it is explained
	 * there.
	 */
	record FirstUse(String acronym, Passage passage, String excerpt, boolean explained) {
	}

	/**
	 * The first use of each acronym in the passages, in the order a reader meets them.
	 */
	static List<FirstUse> firstUses(List<Passage> passages, CommonWords common) {
		Map<String, FirstUse> first = new LinkedHashMap<>();
		for (Passage passage : passages) {
			String prose = (passage.prose() != null) ? passage.prose() : "";
			Matcher token = TOKEN.matcher(prose);
			while (token.find()) {
				String acronym = token.group(1);
				if (first.containsKey(acronym) || !isAcronym(acronym, common)) {
					continue;
				}
				first.put(acronym, new FirstUse(acronym, passage, excerpt(prose, token.start(), token.end()),
						explained(prose, token.start(), token.end())));
			}
		}
		return new ArrayList<>(first.values());
	}

	/** Whether a token, as written, would be taken for an acronym. */
	static boolean isAcronym(String token, CommonWords common) {
		if (token.length() < 2 || token.length() > MAX_LENGTH || !token.matches("[A-Z][A-Z0-9]+")) {
			return false;
		}
		long capitals = token.chars().filter(Character::isUpperCase).count();
		return capitals >= 2 && !common.contains(token);
	}

	private static boolean explained(String prose, int start, int end) {
		// "Expansion Words (ABC)": the acronym alone in brackets, right after some words.
		int open = start - 1;
		if (open >= 0 && prose.charAt(open) == '(' && end < prose.length() && prose.charAt(end) == ')'
				&& WORD_BEFORE.matcher(prose.substring(Math.max(0, open - 200), open)).find()) {
			return true;
		}
		// "ABC (Expansion Words)": words in brackets right after the acronym.
		Matcher after = EXPANSION_AFTER.matcher(prose.substring(end));
		return after.find() && EXPANSION_WORD.matcher(after.group(1)).find();
	}

	private static String excerpt(String prose, int start, int end) {
		int from = Math.max(0, start - EXCERPT_REACH);
		int to = Math.min(prose.length(), end + EXCERPT_REACH);
		while (from > 0 && !Character.isWhitespace(prose.charAt(from - 1))) {
			from--;
		}
		while (to < prose.length() && !Character.isWhitespace(prose.charAt(to))) {
			to++;
		}
		String text = prose.substring(from, to).replaceAll("\\s+", " ").strip();
		return ((from > 0) ? "… " : "") + text + ((to < prose.length()) ? " …" : "");
	}

}
