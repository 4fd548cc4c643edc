package org.chartfolio.pksb;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkCsvTests {

	private static final Map<String, Long> AREAS = Map.of("research skills", 5L, "ethics and values", 1L);

	@Test
	void readsLevelsAndSubAreasWithQuotedFields() {
		FrameworkCsv.Parsed parsed = FrameworkCsv.parse("""
				\uFEFFkind,area,code,text
				level,,1,Basic
				level,,0,None
				sub-area,Research Skills,5.1,"Research design, methods and ""ethics\"""

				sub-area,Ethics and values,1.1,Professional ethics
				""", AREAS);

		assertThat(parsed.ok()).isTrue();
		assertThat(parsed.levels()).extracting(Scale.Level::level).containsExactly(0, 1);
		assertThat(parsed.subAreas())
			.extracting(FrameworkCsv.SubAreaLine::areaId, FrameworkCsv.SubAreaLine::code,
					FrameworkCsv.SubAreaLine::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "5.1", "Research design, methods and \"ethics\""),
					org.assertj.core.groups.Tuple.tuple(1L, "1.1", "Professional ethics"));
	}

	@Test
	void reportsEveryProblemWithItsLineNumber() {
		FrameworkCsv.Parsed parsed = FrameworkCsv.parse("""
				kind,area,code,text
				level,,zero,None
				level,,1,Basic
				level,,1,Basic again
				sub-area,Astrology,9.1,Stars
				sub-area,Research skills,5.1,Design
				sub-area,research skills,5.1,Design again
				sub-area,Research skills,"5.2,Unclosed
				colour,,1,Blue
				sub-area,Research skills
				""", AREAS);

		assertThat(parsed.ok()).isFalse();
		assertThat(parsed.problems()).extracting(FrameworkCsv.Problem::line, FrameworkCsv.Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "pksb.import.level"),
					org.assertj.core.groups.Tuple.tuple(4, "pksb.import.levelTwice"),
					org.assertj.core.groups.Tuple.tuple(5, "pksb.import.area"),
					org.assertj.core.groups.Tuple.tuple(7, "pksb.import.codeTwice"),
					org.assertj.core.groups.Tuple.tuple(8, "pksb.import.quotes"),
					org.assertj.core.groups.Tuple.tuple(9, "pksb.import.kind"),
					org.assertj.core.groups.Tuple.tuple(10, "pksb.import.columns"),
					org.assertj.core.groups.Tuple.tuple(0, "pksb.import.tooFewLevels"));
	}

	@Test
	void needsTheHeaderAndSomethingToImport() {
		assertThat(FrameworkCsv.parse("area,code\nlevel,,1,Basic\n", AREAS).problems())
			.extracting(FrameworkCsv.Problem::line, FrameworkCsv.Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "pksb.import.header"));
		assertThat(FrameworkCsv.parse("kind,area,code,text\n\n", AREAS).problems())
			.extracting(FrameworkCsv.Problem::messageKey)
			.containsExactly("pksb.import.empty");
		assertThat(FrameworkCsv.parse("kind,area,code,text\nlevel,,3,Only one\n", AREAS).problems())
			.extracting(FrameworkCsv.Problem::messageKey)
			.containsExactly("pksb.import.tooFewLevels");
	}

}
