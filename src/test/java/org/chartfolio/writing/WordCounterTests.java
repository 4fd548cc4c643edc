package org.chartfolio.writing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordCounterTests {

	@Test
	void countsWordsButNotHeadingsOrCitationMarkers() {
		String text = """
				# Criterion 1: Personal performance

				I ran the *summer reading* challenge [E7].

				## What next

				- It grew by 20% [E7, E9]
				""";

		assertThat(WordCounter.count(text)).isEqualTo(10);
	}

	@Test
	void punctuationAndMarkupAloneAreNotWords() {
		assertThat(WordCounter.count("- * > --- ** ,")).isZero();
		assertThat(WordCounter.count("")).isZero();
		assertThat(WordCounter.count(null)).isZero();
		assertThat(WordCounter.count("Don't stop — well-being matters")).isEqualTo(4);
	}

	@Test
	void aHashInsideALineIsNotAHeading() {
		assertThat(WordCounter.count("We used #hashtags and C# daily")).isEqualTo(6);
		assertThat(WordCounter.count("    # indented code is text")).isEqualTo(4);
	}

}
