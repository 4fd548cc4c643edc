package org.chartfolio.writing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level difference between two texts: the fewest words removed and added (Myers'
 * O((N+M)D) algorithm in linear space, with the middle-snake bisection). Consecutive
 * words with the same fate are grouped into one segment, and within a stretch of changes
 * the removed words come before the added ones. A paragraph break is compared as a word
 * of its own and comes out as a segment of its own ({@link Segment#paragraphBreak()}), so
 * that the difference keeps the texts' paragraphs and shows where one was split or two
 * were joined.
 * <p>
 * It cannot run away, whatever the texts (an import does not go through the editor's
 * limits): a comparison gives up past {@link #MAX_EDITS} differing words or
 * {@link #MAX_STEPS} steps of work, and texts of more than {@link #MAX_WORDS} words are
 * not compared word by word at all. Then the paragraphs are compared instead (unchanged
 * paragraphs shown as such, changed ones as removed and added), under the same limits,
 * and past those the whole text is shown as replaced.
 * <p>
 * This class tokenises the texts and chooses how finely to compare them;
 * {@link MyersDiff} finds the fewest changes between two token sequences within the
 * limits.
 */
final class WordDiff {

	/**
	 * Texts with more words than this together (more than two of the longest texts the
	 * editor takes) are compared paragraph by paragraph.
	 */
	static final int MAX_WORDS = 60_000;

	/**
	 * Beyond this many words removed and added, a word comparison stops and paragraphs
	 * are compared.
	 */
	static final int MAX_EDITS = 2_000;

	/**
	 * The most work (diagonals tried plus words compared) one comparison may do at each
	 * level.
	 */
	static final long MAX_STEPS = 10_000_000L;

	enum Change {

		SAME, ADDED, REMOVED

	}

	/** How finely a comparison could be made. */
	enum Level {

		WORDS, PARAGRAPHS, WHOLE

	}

	/**
	 * The token that stands for a paragraph break among the words: a blank line, which no
	 * word can be, since words are split at white space.
	 */
	static final String PARAGRAPH_BREAK = "\n\n";

	record Segment(Change change, String text) {

		/**
		 * Whether this segment is a paragraph break (kept, added or removed) rather than
		 * words.
		 */
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

	/**
	 * A comparison, how fine it was, and the steps of work it took (for tests of its
	 * bounds).
	 */
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
			MyersDiff words = MyersDiff.of(aWords, bWords);
			steps += words.steps();
			if (words.completed()) {
				return new Outcome(words.segments(aWords, bWords), Level.WORDS, steps);
			}
		}
		String[] aParagraphs = withBreaks(a.paragraphs());
		String[] bParagraphs = withBreaks(b.paragraphs());
		MyersDiff paragraphs = MyersDiff.of(aParagraphs, bParagraphs);
		steps += paragraphs.steps();
		if (paragraphs.completed()) {
			return new Outcome(paragraphs.segments(aParagraphs, bParagraphs), Level.PARAGRAPHS, steps);
		}
		Segments whole = new Segments();
		whole.add(Change.REMOVED, String.join(" ", a.words()));
		whole.add(Change.ADDED, String.join(" ", b.words()));
		return new Outcome(whole.done(), Level.WHOLE, steps);
	}

	/**
	 * The paragraphs with a {@link #PARAGRAPH_BREAK} between each and the next, so that
	 * the breaks are kept.
	 */
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
	 * Collects tokens into segments, joining neighbours with the same fate (in a builder:
	 * joining strings one word at a time would copy the text once per word).
	 */
	static final class Segments {

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
	 * The words of a text (split at white space as {@code \\s+} would) and the index of
	 * the first word of each paragraph (paragraphs are parted by a blank line), in one
	 * pass without regular expressions, which cost several times as much on long texts.
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

		/**
		 * The words with a {@link #PARAGRAPH_BREAK} between each paragraph and the next:
		 * what is compared word by word.
		 */
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

		/**
		 * Each paragraph with its words joined by single spaces, so that only wording
		 * tells them apart.
		 */
		String[] paragraphs() {
			String[] paragraphs = new String[this.paragraphStarts.length];
			for (int p = 0; p < paragraphs.length; p++) {
				int end = (p + 1 < paragraphs.length) ? this.paragraphStarts[p + 1] : this.words.length;
				paragraphs[p] = String.join(" ", Arrays.asList(this.words).subList(this.paragraphStarts[p], end));
			}
			return paragraphs;
		}

	}

}
