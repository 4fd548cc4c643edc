package org.chartfolio.writing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.chartfolio.writing.WordDiff.Change;
import org.chartfolio.writing.WordDiff.Level;
import org.chartfolio.writing.WordDiff.Outcome;
import org.chartfolio.writing.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class WordDiffTests {

	@Test
	void marksInsertedAndDeletedWordsAroundWhatStayed() {
		List<Segment> diff = WordDiff.between("I ran the reading challenge in summer",
				"I led the summer reading challenge");

		assertThat(diff).containsExactly(new Segment(Change.SAME, "I"), new Segment(Change.REMOVED, "ran"),
				new Segment(Change.ADDED, "led"), new Segment(Change.SAME, "the"), new Segment(Change.ADDED, "summer"),
				new Segment(Change.SAME, "reading challenge"), new Segment(Change.REMOVED, "in summer"));
	}

	@Test
	void identicalTextsAreOneUnchangedSegment() {
		assertThat(WordDiff.between("same  words\nhere", "same words here"))
			.containsExactly(new Segment(Change.SAME, "same words here"));
	}

	@Test
	void fromOrToNothing() {
		assertThat(WordDiff.between("", "new text")).containsExactly(new Segment(Change.ADDED, "new text"));
		assertThat(WordDiff.between("old text", null)).containsExactly(new Segment(Change.REMOVED, "old text"));
		assertThat(WordDiff.between("", "")).isEmpty();
	}

	@Test
	void keepsParagraphBreaksBetweenTheWords() {
		List<Segment> diff = WordDiff.between("I ran the display.\n\nSign-ups rose.\n\nI trained as a first aider.",
				"I designed the display.\n\nSign-ups rose by a third.\n\nI trained as a first aider.");

		assertThat(diff).containsExactly(new Segment(Change.SAME, "I"), new Segment(Change.REMOVED, "ran"),
				new Segment(Change.ADDED, "designed"), new Segment(Change.SAME, "the display."),
				new Segment(Change.SAME, WordDiff.PARAGRAPH_BREAK), new Segment(Change.SAME, "Sign-ups"),
				new Segment(Change.REMOVED, "rose."), new Segment(Change.ADDED, "rose by a third."),
				new Segment(Change.SAME, WordDiff.PARAGRAPH_BREAK),
				new Segment(Change.SAME, "I trained as a first aider."));
		assertThat(diff).filteredOn(Segment::paragraphBreak).hasSize(2);
	}

	@Test
	void showsAParagraphSplitOrTwoJoined() {
		assertThat(WordDiff.between("One paragraph. Then more.", "One paragraph.\n\nThen more.")).containsExactly(
				new Segment(Change.SAME, "One paragraph."), new Segment(Change.ADDED, WordDiff.PARAGRAPH_BREAK),
				new Segment(Change.SAME, "Then more."));
		assertThat(WordDiff.between("One paragraph.\n\n\nThen more.", "One paragraph. Then more.")).containsExactly(
				new Segment(Change.SAME, "One paragraph."), new Segment(Change.REMOVED, WordDiff.PARAGRAPH_BREAK),
				new Segment(Change.SAME, "Then more."));
		// A single line break is not a new paragraph, and blank lines around the text are
		// not breaks.
		assertThat(WordDiff.between("\n\nOne line\nand the next\n\n", "One line and the next"))
			.containsExactly(new Segment(Change.SAME, "One line and the next"));
	}

	@Test
	void keepsTheLongestCommonRun() {
		List<Segment> diff = WordDiff.between("a b c d e", "x b c d y");
		assertThat(diff).filteredOn((s) -> s.change() == Change.SAME)
			.extracting(Segment::text)
			.containsExactly("b c d");
	}

	@Test
	void findsTheFewestChangesInSmallTexts() {
		Random random = new Random(12);
		for (int round = 0; round < 500; round++) {
			String[] from = randomWords(random, random.nextInt(30), 6);
			String[] to = randomWords(random, random.nextInt(30), 6);
			Outcome outcome = WordDiff.compare(String.join(" ", from), String.join(" ", to));

			assertThat(outcome.level()).isEqualTo(Level.WORDS);
			assertRebuilds(outcome.segments(), from, to);
			assertThat(wordsIn(outcome.segments(), Change.SAME)).as("round %d", round)
				.hasSize(longestCommonSubsequence(from, to));
		}
	}

	@Test
	void twoVeryDifferentLargestStatementsAreComparedWithinTheCutOff() {
		Random random = new Random(7);
		String from = largestText(random);
		String to = largestText(random);
		assertThat(from.length()).isLessThanOrEqualTo(WritingService.MAX_BODY_LENGTH).isGreaterThan(99_000);

		Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> WordDiff.compare(from, to));

		// Word by word they differ far past the cut-off, which stops the comparison
		// early.
		assertThat(outcome.level()).isNotEqualTo(Level.WORDS);
		assertThat(outcome.steps()).isLessThanOrEqualTo(2 * WordDiff.MAX_STEPS + 4L * from.length());
		assertRebuilds(outcome.segments(), words(from), words(to));
	}

	@Test
	void aWholeRewriteWithinTheWordLimitStopsAtTheCutOffAndComparesParagraphs() {
		Random random = new Random(3);
		String kept = String.join(" ", randomWords(random, 40, 5000));
		String from = String.join(" ", randomWords(random, 6_000, 5000)) + "\n\n" + kept;
		String to = String.join(" ", randomWords(random, 6_000, 5000)) + "\n\n" + kept;

		Outcome outcome = WordDiff.compare(from, to);

		assertThat(outcome.level()).isEqualTo(Level.PARAGRAPHS);
		assertThat(outcome.steps()).isLessThanOrEqualTo(2 * WordDiff.MAX_STEPS + 4L * from.length());
		assertThat(outcome.segments()).extracting(Segment::change)
			.containsExactly(Change.REMOVED, Change.ADDED, Change.SAME, Change.SAME);
		assertThat(outcome.segments().get(2).paragraphBreak()).isTrue();
		assertThat(outcome.segments().get(3).text()).isEqualTo(kept);
	}

	@Test
	void aSmallEditInTheLargestTextIsStillShownWordByWord() {
		Random random = new Random(5);
		String[] from = randomWords(random, 9_000, 3000);
		String[] to = from.clone();
		to[4_000] = "changed";
		to[8_000] = "also";

		Outcome outcome = WordDiff.compare(String.join(" ", from), String.join(" ", to));

		assertThat(outcome.level()).isEqualTo(Level.WORDS);
		assertThat(wordsIn(outcome.segments(), Change.ADDED)).containsExactly("changed", "also");
		assertRebuilds(outcome.segments(), from, to);
	}

	@Test
	void anImportedTextFarBeyondTheFormsLimitIsShownAsReplacedInBoundedWork() {
		Random random = new Random(9);
		String from = String.join(" ", randomWords(random, 500_000, 5000));
		String to = String.join("\n\n", randomWords(random, 500_000, 5000));

		Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WordDiff.compare(from, to));

		assertThat(outcome.level()).isEqualTo(Level.WHOLE);
		assertThat(outcome.steps()).isLessThanOrEqualTo(2 * WordDiff.MAX_STEPS + 4L * (from.length() + to.length()));
	}

	private static String largestText(Random random) {
		StringBuilder text = new StringBuilder();
		while (true) {
			String[] paragraph = randomWords(random, 20 + random.nextInt(80), 5000);
			String next = String.join(" ", paragraph);
			if (text.length() + next.length() + 2 > WritingService.MAX_BODY_LENGTH) {
				return text.toString();
			}
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(next);
		}
	}

	private static String[] randomWords(Random random, int count, int vocabulary) {
		String[] words = new String[count];
		for (int i = 0; i < count; i++) {
			words[i] = "w" + random.nextInt(vocabulary);
		}
		return words;
	}

	private static String[] words(String text) {
		return text.strip().split("\\s+");
	}

	private static List<String> wordsIn(List<Segment> segments, Change change) {
		return segments.stream()
			.filter((segment) -> segment.change() == change)
			.flatMap((segment) -> Arrays.stream(segment.text().split(" ")))
			.toList();
	}

	/**
	 * What was there is what stayed plus what was removed, in order; likewise for what is
	 * there now.
	 */
	private static void assertRebuilds(List<Segment> segments, String[] from, String[] to) {
		List<String> before = segments.stream()
			.filter((segment) -> !segment.added() && !segment.paragraphBreak())
			.flatMap((segment) -> Arrays.stream(segment.text().split(" ")))
			.toList();
		List<String> after = segments.stream()
			.filter((segment) -> !segment.removed() && !segment.paragraphBreak())
			.flatMap((segment) -> Arrays.stream(segment.text().split(" ")))
			.toList();
		assertThat(before).isEqualTo(Arrays.asList(from));
		assertThat(after).isEqualTo(Arrays.asList(to));
	}

	private static int longestCommonSubsequence(String[] a, String[] b) {
		int[][] lcs = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		return lcs[0][0];
	}

}
