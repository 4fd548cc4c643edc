package org.chartfolio.writing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level difference between two texts, from their longest common subsequence of words.
 * Consecutive words with the same fate are grouped into one segment.
 */
final class WordDiff {

	/** Beyond this many cells the table would cost too much memory: the texts are shown as replaced. */
	private static final long MAX_CELLS = 4_000_000L;

	enum Change {

		SAME, ADDED, REMOVED

	}

	record Segment(Change change, String text) {

		public boolean added() {
			return this.change == Change.ADDED;
		}

		public boolean removed() {
			return this.change == Change.REMOVED;
		}

	}

	private WordDiff() {
	}

	static List<Segment> between(String from, String to) {
		String[] a = words(from);
		String[] b = words(to);
		List<Segment> segments = new ArrayList<>();
		if ((long) a.length * b.length > MAX_CELLS) {
			add(segments, Change.REMOVED, String.join(" ", a));
			add(segments, Change.ADDED, String.join(" ", b));
			return segments;
		}
		// lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				add(segments, Change.SAME, a[i++]);
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				add(segments, Change.REMOVED, a[i++]);
			}
			else {
				add(segments, Change.ADDED, b[j++]);
			}
		}
		while (i < a.length) {
			add(segments, Change.REMOVED, a[i++]);
		}
		while (j < b.length) {
			add(segments, Change.ADDED, b[j++]);
		}
		return segments;
	}

	private static void add(List<Segment> segments, Change change, String word) {
		if (word.isEmpty()) {
			return;
		}
		if (!segments.isEmpty() && segments.get(segments.size() - 1).change() == change) {
			Segment last = segments.remove(segments.size() - 1);
			segments.add(new Segment(change, last.text() + " " + word));
		}
		else {
			segments.add(new Segment(change, word));
		}
	}

	private static String[] words(String text) {
		String stripped = (text == null) ? "" : text.strip();
		return stripped.isEmpty() ? new String[0] : Arrays.stream(stripped.split("\\s+")).toArray(String[]::new);
	}

}
