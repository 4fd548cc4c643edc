package org.chartfolio.writing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-level difference between two texts: the fewest words removed and added (Myers' O((N+M)D)
 * algorithm in linear space, with the middle-snake bisection). Consecutive words with the same fate
 * are grouped into one segment, and within a stretch of changes the removed words come before the
 * added ones. A paragraph break is compared as a word of its own and comes out as a segment of its
 * own ({@link Segment#paragraphBreak()}), so that the difference keeps the texts' paragraphs and shows
 * where one was split or two were joined.
 * <p>
 * It cannot run away, whatever the texts (an import does not go through the editor's limits): a
 * comparison gives up past {@link #MAX_EDITS} differing words or {@link #MAX_STEPS} steps of work,
 * and texts of more than {@link #MAX_WORDS} words are not compared word by word at all. Then the
 * paragraphs are compared instead (unchanged paragraphs shown as such, changed ones as removed and
 * added), under the same limits, and past those the whole text is shown as replaced.
 */
final class WordDiff {

	/** Texts with more words than this together (more than two of the longest texts the editor takes) are compared paragraph by paragraph. */
	static final int MAX_WORDS = 60_000;

	/** Beyond this many words removed and added, a word comparison stops and paragraphs are compared. */
	static final int MAX_EDITS = 2_000;

	/** The most work (diagonals tried plus words compared) one comparison may do at each level. */
	static final long MAX_STEPS = 10_000_000L;

	enum Change {

		SAME, ADDED, REMOVED

	}

	/** How finely a comparison could be made. */
	enum Level {

		WORDS, PARAGRAPHS, WHOLE

	}

	/**
	 * The token that stands for a paragraph break among the words: a blank line, which no word can
	 * be, since words are split at white space.
	 */
	static final String PARAGRAPH_BREAK = "\n\n";

	record Segment(Change change, String text) {

		/** Whether this segment is a paragraph break (kept, added or removed) rather than words. */
		public boolean paragraphBreak() {
			return PARAGRAPH_BREAK.equals(this.text);
		}

		public boolean added() {
			return this.change == Change.ADDED;
		}

		public boolean removed() {
			return this.change == Change.REMOVED;
		}

	}

	/** A comparison, how fine it was, and the steps of work it took (for tests of its bounds). */
	record Outcome(List<Segment> segments, Level level, long steps) {
	}

	private WordDiff() {
	}

	static List<Segment> between(String from, String to) {
		return compare(from, to).segments();
	}

	static Outcome compare(String from, String to) {
		Words a = Words.of((from == null) ? "" : from);
		Words b = Words.of((to == null) ? "" : to);
		String[] aWords = a.tokens();
		String[] bWords = b.tokens();
		long steps = 0;
		if ((long) aWords.length + bWords.length <= MAX_WORDS) {
			Myers words = Myers.of(aWords, bWords);
			steps += words.steps;
			if (words.completed) {
				return new Outcome(words.segments(aWords, bWords), Level.WORDS, steps);
			}
		}
		String[] aParagraphs = withBreaks(a.paragraphs());
		String[] bParagraphs = withBreaks(b.paragraphs());
		Myers paragraphs = Myers.of(aParagraphs, bParagraphs);
		steps += paragraphs.steps;
		if (paragraphs.completed) {
			return new Outcome(paragraphs.segments(aParagraphs, bParagraphs), Level.PARAGRAPHS, steps);
		}
		Segments whole = new Segments();
		whole.add(Change.REMOVED, String.join(" ", a.words()));
		whole.add(Change.ADDED, String.join(" ", b.words()));
		return new Outcome(whole.done(), Level.WHOLE, steps);
	}

	/** The paragraphs with a {@link #PARAGRAPH_BREAK} between each and the next, so that the breaks are kept. */
	private static String[] withBreaks(String[] paragraphs) {
		String[] tokens = new String[Math.max(0, 2 * paragraphs.length - 1)];
		for (int p = 0; p < paragraphs.length; p++) {
			if (p > 0) {
				tokens[2 * p - 1] = PARAGRAPH_BREAK;
			}
			tokens[2 * p] = paragraphs[p];
		}
		return tokens;
	}

	/**
	 * Collects tokens into segments, joining neighbours with the same fate (in a builder: joining
	 * strings one word at a time would copy the text once per word).
	 */
	private static final class Segments {

		private final List<Segment> segments = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private Change change;

		void add(Change change, String token) {
			if (token.isEmpty()) {
				return;
			}
			if (token.equals(PARAGRAPH_BREAK)) {
				flush();
				this.segments.add(new Segment(change, PARAGRAPH_BREAK));
				this.change = null;
				return;
			}
			if (change != this.change) {
				flush();
				this.change = change;
			}
			else {
				this.text.append(' ');
			}
			this.text.append(token);
		}

		List<Segment> done() {
			flush();
			return this.segments;
		}

		private void flush() {
			if (!this.text.isEmpty()) {
				this.segments.add(new Segment(this.change, this.text.toString()));
				this.text.setLength(0);
			}
		}

	}

	/**
	 * The words of a text (split at white space as {@code \\s+} would) and the index of the first
	 * word of each paragraph (paragraphs are parted by a blank line), in one pass without regular
	 * expressions, which cost several times as much on long texts.
	 */
	record Words(String[] words, int[] paragraphStarts) {

		static Words of(String text) {
			List<String> words = new ArrayList<>();
			List<Integer> starts = new ArrayList<>();
			int newlines = 2;
			int wordStart = -1;
			for (int i = 0; i <= text.length(); i++) {
				char c = (i < text.length()) ? text.charAt(i) : ' ';
				if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
					if (wordStart >= 0) {
						words.add(text.substring(wordStart, i));
						wordStart = -1;
						newlines = 0;
					}
					if (c == '\n') {
						newlines++;
					}
				}
				else if (wordStart < 0) {
					if (newlines >= 2) {
						starts.add(words.size());
					}
					wordStart = i;
				}
			}
			return new Words(words.toArray(String[]::new), starts.stream().mapToInt(Integer::intValue).toArray());
		}

		/** The words with a {@link #PARAGRAPH_BREAK} between each paragraph and the next: what is compared word by word. */
		String[] tokens() {
			List<String> tokens = new ArrayList<>(this.words.length + this.paragraphStarts.length);
			int p = 1;
			for (int w = 0; w < this.words.length; w++) {
				if (p < this.paragraphStarts.length && this.paragraphStarts[p] == w) {
					tokens.add(PARAGRAPH_BREAK);
					p++;
				}
				tokens.add(this.words[w]);
			}
			return tokens.toArray(String[]::new);
		}

		/** Each paragraph with its words joined by single spaces, so that only wording tells them apart. */
		String[] paragraphs() {
			String[] paragraphs = new String[this.paragraphStarts.length];
			for (int p = 0; p < paragraphs.length; p++) {
				int end = (p + 1 < paragraphs.length) ? this.paragraphStarts[p + 1] : this.words.length;
				paragraphs[p] = String.join(" ", Arrays.asList(this.words).subList(this.paragraphStarts[p], end));
			}
			return paragraphs;
		}

	}

	/**
	 * Myers' difference of two token sequences, the tokens turned into numbers first. It marks which
	 * tokens of each side belong to the common subsequence; the k-th kept token of one side matches
	 * the k-th kept token of the other.
	 */
	private static final class Myers {

		private final int[] a;

		private final int[] b;

		private final boolean[] keptA;

		private final boolean[] keptB;

		private long steps;

		private boolean completed;

		private Myers(int[] a, int[] b) {
			this.a = a;
			this.b = b;
			this.keptA = new boolean[a.length];
			this.keptB = new boolean[b.length];
		}

		static Myers of(String[] from, String[] to) {
			Map<String, Integer> ids = new HashMap<>();
			int[] a = new int[from.length];
			for (int i = 0; i < from.length; i++) {
				a[i] = ids.computeIfAbsent(from[i], (token) -> ids.size());
			}
			int[] b = new int[to.length];
			for (int j = 0; j < to.length; j++) {
				b[j] = ids.computeIfAbsent(to[j], (token) -> ids.size());
			}
			Myers myers = new Myers(a, b);
			myers.steps = (long) a.length + b.length;
			myers.completed = myers.diff(0, a.length, 0, b.length);
			return myers;
		}

		/** Marks the common tokens of a[aLo, aHi) and b[bLo, bHi); false when a limit was reached. */
		private boolean diff(int aLo, int aHi, int bLo, int bHi) {
			while (aLo < aHi && bLo < bHi && this.a[aLo] == this.b[bLo]) {
				this.keptA[aLo++] = true;
				this.keptB[bLo++] = true;
			}
			while (aLo < aHi && bLo < bHi && this.a[aHi - 1] == this.b[bHi - 1]) {
				this.keptA[--aHi] = true;
				this.keptB[--bHi] = true;
			}
			if (aLo == aHi || bLo == bHi) {
				return true;
			}
			long split = bisect(aLo, aHi, bLo, bHi);
			if (split == ABORTED) {
				return false;
			}
			if (split == NOTHING_IN_COMMON) {
				return true;
			}
			int x = (int) (split >>> 32);
			int y = (int) split;
			return diff(aLo, aLo + x, bLo, bLo + y) && diff(aLo + x, aHi, bLo + y, bHi);
		}

		private static final long ABORTED = -1;

		private static final long NOTHING_IN_COMMON = -2;

		/**
		 * Finds the middle snake of an optimal path through a[aLo, aHi) and b[bLo, bHi), searching
		 * forwards from the start and backwards from the end at once, and answers the point where it
		 * ends (x in the high half, y in the low half). The two searches meet after about half the
		 * edits each, so the search stops once half of {@link #MAX_EDITS} are spent.
		 */
		private long bisect(int aLo, int aHi, int bLo, int bHi) {
			int n = aHi - aLo;
			int m = bHi - bLo;
			int maxD = (n + m + 1) / 2;
			int limit = Math.min(maxD, MAX_EDITS / 2 + 1);
			int offset = limit + 1;
			int length = 2 * limit + 3;
			int[] forward = new int[length];
			int[] backward = new int[length];
			Arrays.fill(forward, -1);
			Arrays.fill(backward, -1);
			this.steps += 2L * length;
			forward[offset + 1] = 0;
			backward[offset + 1] = 0;
			int delta = n - m;
			boolean front = (delta % 2 != 0);
			int k1start = 0;
			int k1end = 0;
			int k2start = 0;
			int k2end = 0;
			for (int d = 0; d < limit; d++) {
				if (this.steps > MAX_STEPS) {
					return ABORTED;
				}
				for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
					this.steps++;
					int k1Offset = offset + k1;
					int x1 = (k1 == -d || (k1 != d && forward[k1Offset - 1] < forward[k1Offset + 1]))
							? forward[k1Offset + 1] : forward[k1Offset - 1] + 1;
					int y1 = x1 - k1;
					while (x1 < n && y1 < m && this.a[aLo + x1] == this.b[bLo + y1]) {
						x1++;
						y1++;
						this.steps++;
					}
					forward[k1Offset] = x1;
					if (x1 > n) {
						k1end += 2;
					}
					else if (y1 > m) {
						k1start += 2;
					}
					else if (front) {
						int k2Offset = offset + delta - k1;
						if (k2Offset >= 0 && k2Offset < length && backward[k2Offset] != -1) {
							if (x1 >= n - backward[k2Offset]) {
								return ((long) x1 << 32) | y1;
							}
						}
					}
				}
				for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
					this.steps++;
					int k2Offset = offset + k2;
					int x2 = (k2 == -d || (k2 != d && backward[k2Offset - 1] < backward[k2Offset + 1]))
							? backward[k2Offset + 1] : backward[k2Offset - 1] + 1;
					int y2 = x2 - k2;
					while (x2 < n && y2 < m && this.a[aHi - 1 - x2] == this.b[bHi - 1 - y2]) {
						x2++;
						y2++;
						this.steps++;
					}
					backward[k2Offset] = x2;
					if (x2 > n) {
						k2end += 2;
					}
					else if (y2 > m) {
						k2start += 2;
					}
					else if (!front) {
						int k1Offset = offset + delta - k2;
						if (k1Offset >= 0 && k1Offset < length && forward[k1Offset] != -1) {
							int x1 = forward[k1Offset];
							int y1 = offset + x1 - k1Offset;
							if (x1 >= n - x2) {
								return ((long) x1 << 32) | y1;
							}
						}
					}
				}
			}
			return (limit == maxD) ? NOTHING_IN_COMMON : ABORTED;
		}

		/**
		 * The segments: each stretch between two kept tokens shows the removed tokens, then the added
		 * ones, then the kept token they lead to.
		 */
		List<Segment> segments(String[] from, String[] to) {
			Segments segments = new Segments();
			int i = 0;
			int j = 0;
			while (i < from.length || j < to.length) {
				while (i < from.length && !this.keptA[i]) {
					segments.add(Change.REMOVED, from[i++]);
				}
				while (j < to.length && !this.keptB[j]) {
					segments.add(Change.ADDED, to[j++]);
				}
				if (i < from.length && j < to.length) {
					segments.add(Change.SAME, from[i++]);
					j++;
				}
			}
			return segments.done();
		}

	}

}
