package org.chartfolio.writing;

import java.util.List;

import org.chartfolio.writing.WordDiff.Change;
import org.chartfolio.writing.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void marksInsertedAndDeletedWordsAroundWhatStayed() {
		List<Segment> diff = WordDiff.between("I ran the reading challenge in summer", "I led the summer reading challenge");

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
	void keepsTheLongestCommonRun() {
		List<Segment> diff = WordDiff.between("a b c d e", "x b c d y");
		assertThat(diff).filteredOn((s) -> s.change() == Change.SAME).extracting(Segment::text).containsExactly("b c d");
	}

}
