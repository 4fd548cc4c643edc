package org.chartfolio.writing;

import java.util.List;
import java.util.Map;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.CitationLookup;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.system.FieldProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@IntegrationTest
class WritingServiceTests {

	@Autowired
	private WritingService writing;

	@Autowired
	private WritingPages pages;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private CitationLookup lookup;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	private SectionView first;

	private SectionView second;

	private EvidenceSummary display;

	private EvidenceSummary minutes;

	private Portfolio portfolio;

	@BeforeEach
	void openAPortfolioWithEvidence() {
		this.portfolio = this.scene.candidate("Lisa Marsh").portfolio("certification");
		List<SectionView> statements = this.scene.sections(this.portfolio)
			.stream()
			.filter(SectionView::isStatement)
			.toList();
		this.first = statements.stream().filter((s) -> s.criterionNumber() == 1).findFirst().orElseThrow();
		this.second = statements.stream().filter((s) -> s.criterionNumber() == 2).findFirst().orElseThrow();
		this.display = this.evidence.add(this.portfolio.candidate(), this.portfolio.id(),
				details("Photo of the summer reading display"));
		this.minutes = this.evidence.add(this.portfolio.candidate(), this.portfolio.id(),
				details("Minutes of the CDG committee"));
	}

	@Test
	void keepsARevisionOnlyWhenTheTextChanges() {
		WritingService.Saved one = saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(),
				this.first.id(), "First draft.", 0, false));
		WritingService.Saved same = saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(),
				this.first.id(), "First draft.", one.version(), true));
		WritingService.Saved sameWithWindowsLineEnds = saved(this.writing.save(this.portfolio.candidate(),
				this.portfolio.id(), this.first.id(), "First draft.", one.version(), false));
		WritingService.Saved two = saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(),
				this.first.id(), "First draft,\r\nimproved.", one.version(), false));

		assertThat(one.changed()).isTrue();
		assertThat(same.changed()).isFalse();
		assertThat(same.version()).isEqualTo(one.version());
		assertThat(sameWithWindowsLineEnds.changed()).isFalse();
		assertThat(two.changed()).isTrue();
		assertThat(two.version()).isGreaterThan(one.version());
		assertThat(this.writing.revisions(this.portfolio.candidate(), this.portfolio.id(), this.first.id()).rows())
			.extracting(WritingService.RevisionRow::number, WritingService.RevisionRow::words,
					WritingService.RevisionRow::reasonKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, 3, "writing.revision.reason.save"),
					org.assertj.core.groups.Tuple.tuple(1, 2, "writing.revision.reason.save"));
		assertThat(this.writing.editor(this.portfolio.candidate(), this.portfolio.id(), this.first.id()).body())
			.isEqualTo("First draft,\nimproved.");
	}

	@Test
	void restoringARevisionMakesItCurrentAsANewRevision() {
		long v1 = saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.first.id(),
				"The original words.", 0, false))
			.version();
		saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.first.id(),
				"Replaced by other words.", v1, false));

		WritingService.Saved restored = this.writing.restore(this.portfolio.candidate(), this.portfolio.id(),
				this.first.id(), 1);

		assertThat(restored.changed()).isTrue();
		assertThat(this.writing.editor(this.portfolio.candidate(), this.portfolio.id(), this.first.id()).body())
			.isEqualTo("The original words.");
		assertThat(this.writing.revisions(this.portfolio.candidate(), this.portfolio.id(), this.first.id()).rows())
			.extracting(WritingService.RevisionRow::number, WritingService.RevisionRow::reasonKey)
			.startsWith(org.assertj.core.groups.Tuple.tuple(3, "writing.revision.reason.restore"));
		assertThat(this.writing.restore(this.portfolio.candidate(), this.portfolio.id(), this.first.id(), 3).changed())
			.isFalse();
		assertThat(
				this.pages.compare(this.portfolio.candidate(), this.portfolio.id(), this.first.id(), 1, 2).segments())
			.extracting(WordDiff.Segment::text)
			.contains("words.");
	}

	@Test
	void refusesAStaleSaveAndKeepsBothTexts() {
		WritingService.Saved opened = saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(),
				this.first.id(), "Opened in two tabs.", 0, false));
		saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.first.id(),
				"Saved in the first tab.", opened.version(), false));

		WritingService.SaveResult stale = this.writing.save(this.portfolio.candidate(), this.portfolio.id(),
				this.first.id(), "Typed in the second tab.", opened.version(), false);

		assertThat(stale).isInstanceOf(WritingService.Conflict.class);
		WritingService.Conflict conflict = (WritingService.Conflict) stale;
		assertThat(conflict.savedBody()).isEqualTo("Saved in the first tab.");
		assertThat(this.writing.editor(this.portfolio.candidate(), this.portfolio.id(), this.first.id()).body())
			.isEqualTo("Saved in the first tab.");
		assertThat(this.writing.revisions(this.portfolio.candidate(), this.portfolio.id(), this.first.id()).rows())
			.hasSize(2);

		WritingService.SaveResult merged = this.writing.save(this.portfolio.candidate(), this.portfolio.id(),
				this.first.id(), "Saved in the first tab. Typed in the second tab.", conflict.version(), false);
		assertThat(merged).isInstanceOf(WritingService.Saved.class);
	}

	@Test
	void storesCitationsWithTheTextInOneTransaction() {
		this.transactions.executeWithoutResult((status) -> {
			this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.first.id(), "Display [E1].", 0,
					false);
			status.setRollbackOnly();
		});
		assertThat(count("section_text")).isZero();
		assertThat(count("citation")).isZero();

		this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.first.id(), """
				# Planning

				I planned the display [E1] and reported to the committee [E1, E2].

				It also cites [E99], which does not exist.
				""", 0, false);

		assertThat(this.jdbc.sql(
				"select evidence_number, paragraph from citation where section_id = ? order by paragraph, evidence_number")
			.param(this.first.id())
			.query((rs, n) -> rs.getInt(1) + "@" + rs.getInt(2))
			.list()).containsExactly("1@2", "2@2");
		assertThat(count("section_text")).isEqualTo(1);
	}

	@Test
	void notesSurviveEditsAndShowWhereItemsAreCited() {
		long v1 = saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.first.id(),
				"Display [E1].", 0, false))
			.version();
		this.writing.annotate(this.portfolio.candidate(), this.portfolio.id(), this.first.id(), this.display.id(),
				"Shows planning skills");
		saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.first.id(),
				"Intro.\n\nDisplay again [E1].", v1, false));
		saved(this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.second.id(),
				"Context [E1] and [E2].", 0, false));

		Map<Long, List<CitationLookup.Citation>> cited = this.lookup.citationsOf(this.portfolio.id(),
				List.of(this.display.id(), this.minutes.id()));

		assertThat(cited.get(this.display.id())).containsExactly(
				new CitationLookup.Citation(this.first.id(), 1, "Criterion 1: Personal performance", "para-2",
						"Shows planning skills"),
				new CitationLookup.Citation(this.second.id(), 2, "Criterion 2: Organisational context", "para-1",
						null));
		assertThat(cited.get(this.minutes.id())).hasSize(1);
		assertThat(this.writing.page(this.portfolio.candidate(), this.portfolio.id(), this.first.id()).cited())
			.extracting(WritingService.CitedItem::label, WritingService.CitedItem::note)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("E1", "Shows planning skills"));
		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> this.writing.annotate(this.portfolio.candidate(),
				this.portfolio.id(), this.first.id(), this.display.id(), "x".repeat(501)));
	}

	@Test
	void countsWordsPerSectionAndForAllStatementsTogether() {
		this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.first.id(),
				"# Heading\n\nOne two three [E1].", 0, false);
		this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.second.id(), "Four five.", 0, false);
		SectionView cv = this.scene.sections(this.portfolio)
			.stream()
			.filter((s) -> s.kind() == SectionKind.CV)
			.findFirst()
			.orElseThrow();
		this.writing.save(this.portfolio.candidate(), this.portfolio.id(), cv.id(), "My CV is not a statement.", 0,
				false);

		assertThat(this.writing.wordCounts(this.portfolio.candidate(), this.portfolio.id()))
			.containsExactlyInAnyOrderEntriesOf(Map.of(this.first.id(), 3, this.second.id(), 2, cv.id(), 6));
		assertThat(this.writing.totalStatementWords(this.portfolio.candidate(), this.portfolio.id())).isEqualTo(5);
		WritingService.WordTally tally = this.writing
			.page(this.portfolio.candidate(), this.portfolio.id(), this.first.id())
			.words();
		assertThat(tally.section()).isEqualTo(3);
		assertThat(tally.statementTotal()).isEqualTo(5);
		assertThat(tally.limit()).isEqualTo(1000);
	}

	@Test
	void nobodyElseMayReadOrWrite() {
		this.writing.save(this.portfolio.candidate(), this.portfolio.id(), this.first.id(), "Mine [E1].", 0, false);
		SignedInUser stranger = this.scene.person("Stranger");
		long id = this.first.id();

		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.writing.save(stranger, this.portfolio.id(), id, "Theirs", 1, false));
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.writing.page(stranger, this.portfolio.id(), id));
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.writing.wordCounts(stranger, this.portfolio.id()));
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.writing.restore(stranger, this.portfolio.id(), id, 1));
		assertThat(this.writing.editor(this.portfolio.candidate(), this.portfolio.id(), id).body())
			.isEqualTo("Mine [E1].");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where section_id = ?")
			.param(this.first.id())
			.query(Long.class)
			.single();
	}

	private static WritingService.Saved saved(WritingService.SaveResult result) {
		assertThat(result).isInstanceOf(WritingService.Saved.class);
		return (WritingService.Saved) result;
	}

	private static EvidenceService.EvidenceDetails details(String title) {
		return evidence(title).build();
	}

}
