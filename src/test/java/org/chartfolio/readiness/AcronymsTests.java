package org.chartfolio.readiness;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcronymsTests {

	private static final CommonWords COMMON = new CommonWords();

	private static List<Acronyms.FirstUse> uses(String... proses) {
		List<Acronyms.Passage> passages = new java.util.ArrayList<>();
		for (int i = 0; i < proses.length; i++) {
			passages.add(new Acronyms.Passage(i + 1, "Section " + (i + 1), proses[i]));
		}
		return Acronyms.firstUses(passages, COMMON);
	}

	private static List<String> flagged(String... proses) {
		return uses(proses).stream().filter((use) -> !use.explained()).map(Acronyms.FirstUse::acronym).toList();
	}

	@Test
	void theCommonWordListIsShippedAndSkipsWordsInCapitals() {
		assertThat(COMMON.size()).isGreaterThan(3000);
		assertThat(flagged("It is NOT optional, AND it is IMPORTANT. WE agree; I DO too.")).isEmpty();
	}

	@Test
	void tokensOfTwoOrMoreCapitalsWithDigitsAfterTheFirstLetterAreAcronyms() {
		assertThat(flagged("We moved to ILS2 after GDPR training in the UK; see A4 and 4K and PhD and Ab."))
			.containsExactly("ILS2", "GDPR", "UK");
	}

	@Test
	void aPluralIsTheSameAcronym() {
		assertThat(flagged("Two LMSs, then one LMS.")).containsExactly("LMS");
	}

	@Test
	void explainedEitherWayAtFirstUseIsNotFlagged() {
		assertThat(
				flagged("Continuing Professional Development (CPD) and PKSB (Professional Knowledge and Skills Base)."))
			.isEmpty();
		assertThat(uses("Continuing Professional Development (CPD)").get(0).explained()).isTrue();
	}

	@Test
	void onlyTheFirstUseCountsInReadingOrder() {
		assertThat(flagged("I logged CPD.", "Continuing Professional Development (CPD) again.")).containsExactly("CPD");
		assertThat(flagged("Continuing Professional Development (CPD).", "More CPD later.")).isEmpty();
		Acronyms.FirstUse use = uses("Intro.", "Then the VLE went live at last.").get(0);
		assertThat(use.passage().sectionName()).isEqualTo("Section 2");
		assertThat(use.excerpt()).isEqualTo("Then the VLE went live at last.");
	}

	@Test
	void bracketsThatHoldNoWordsDoNotExplain() {
		assertThat(flagged("The CPD (2023) log.")).containsExactly("CPD");
		assertThat(flagged("In (CPD) alone.")).isEmpty();
		assertThat(flagged("(CPD) opens the text.")).containsExactly("CPD");
	}

	@Test
	void aLongPassageIsShortenedAroundTheFirstUse() {
		String prose = "word ".repeat(40) + "the NHS trust " + "word ".repeat(40);
		String excerpt = uses(prose).get(0).excerpt();
		assertThat(excerpt).startsWith("… ").endsWith(" …").contains("the NHS trust");
		assertThat(excerpt.length()).isLessThan(120);
	}

}
