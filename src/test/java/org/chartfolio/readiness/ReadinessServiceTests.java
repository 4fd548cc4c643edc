package org.chartfolio.readiness;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.cpd.CpdService;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.PksbView;
import org.chartfolio.pksb.SnapshotKind;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.readiness.ReadinessService.Check;
import org.chartfolio.readiness.ReadinessService.Finding;
import org.chartfolio.readiness.ReadinessService.Level;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.writing.WritingReview;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;

@IntegrationTest
class ReadinessServiceTests {

	@Autowired
	private ReadinessService readiness;

	@Autowired
	private ReadinessScene scene;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PlanService plan;

	@Autowired
	private PksbService pksb;

	@Autowired
	private CpdService cpd;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private SectionWorkflow workflow;

	@Autowired
	private WritingReview writing;

	@Autowired
	private Clock clock;

	// Statements and their word limit

	@Test
	void aCriterionWithoutAStatementFailsNamingIt() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.write(p, 0, "I ran the induction sessions.");

		Check check = assertFails(p, "statements", "Criterion 2: Organisational context has no statement yet.",
				"Criterion 3: Wider professional context has no statement yet.");
		assertThat(check.findings().get(0).fix().href()).isEqualTo(editor(p, 1));
	}

	@Test
	void statementsOverTheWordLimitFailSayingByHowMuch() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.write(p, 0, ReadinessScene.words(600));
		this.scene.write(p, 1, ReadinessScene.words(400));
		this.scene.write(p, 2, ReadinessScene.words(25));

		assertFails(p, "statements", "The statements have 1,025 words: 25 over the limit of 1,000.");
	}

	@Test
	void statementsForEveryCriterionWithinTheLimitPass() {
		Portfolio p = this.scene.portfolio("chartership");
		for (int i = 0; i < 3; i++) {
			this.scene.write(p, i, ReadinessScene.words(300));
		}
		Check check = check(p, "statements");
		assertThat(check.level()).isEqualTo(Level.PASS);
		assertThat(check.why()).isEqualTo("All 3 criteria have a statement: 900 of 1,000 words.");
		assertThat(check.fix()).isNull();
	}

	@Test
	void revalidationsSingleStatementHasItsOwnLimit() {
		Portfolio p = this.scene.portfolio("revalidation");
		this.scene.write(p, 0, ReadinessScene.words(260));
		Check check = check(p, "statements");
		assertThat(texts(check)).containsExactly("The statements have 260 words: 10 over the limit of 250.");
	}

	// Evidence behind each criterion, and each item cited

	@Test
	void criteriaWithoutCitedEvidenceFailAndUncitedItemsWarn() {
		Portfolio p = this.scene.portfolio("certification");
		EvidenceSummary minutes = this.scene.item(p, "Minutes");
		EvidenceSummary survey = this.scene.item(p, "Survey");
		this.scene.write(p, 0, "The minutes show my part [E1].");

		Check backed = check(p, "backed");
		assertThat(backed.level()).isEqualTo(Level.FAIL);
		assertThat(texts(backed)).containsExactly("Criterion 2: Organisational context cites no evidence item.",
				"Criterion 3: Wider professional context cites no evidence item.");

		Check cited = check(p, "cited");
		assertThat(cited.level()).isEqualTo(Level.WARNING);
		assertThat(texts(cited)).containsExactly("E2 Survey is not cited.");
		assertThat(cited.findings().get(0).href()).isEqualTo("/portfolios/" + p.id() + "/evidence/" + survey.number());
		assertThat(minutes.number()).isEqualTo(1);
	}

	@Test
	void everyCriterionBackedAndEveryItemCitedPass() {
		Portfolio p = this.scene.portfolio("certification");
		this.scene.item(p, "Minutes");
		this.scene.item(p, "Survey");
		this.scene.write(p, 0, "Minutes [E1].");
		this.scene.write(p, 1, "Survey [E2].");
		this.scene.write(p, 2, "Both again [E1, E2].");

		assertThat(check(p, "backed").level()).isEqualTo(Level.PASS);
		Check cited = check(p, "cited");
		assertThat(cited.level()).isEqualTo(Level.PASS);
		assertThat(cited.why()).isEqualTo("All 2 evidence items are cited in a statement.");
	}

	@Autowired
	private org.chartfolio.evidence.EvidenceService evidence;

	@Test
	void aCitedItemWhosePdfOrDocumentIsASecondClickAwayInTheAssessorsViewWarnsAndPhotosAndTextPass() {
		Portfolio p = this.scene.portfolio("certification");
		add(p, "Certificate", "certificate.pdf", org.chartfolio.support.TestFiles.PDF);
		add(p, "Notes", "notes.txt", "Notes of the meeting".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		add(p, "Display", "display.png", org.chartfolio.support.TestFiles.png());
		add(p, "Uncited", "other.pdf", org.chartfolio.support.TestFiles.PDF);
		this.scene.write(p, 0, "Trained [E1], noted [E2], shown [E3].");

		Check clicks = check(p, "clicks");
		assertThat(clicks.level()).isEqualTo(Level.WARNING);
		assertThat(texts(clicks))
			.containsExactly("E1 Certificate: certificate.pdf opens from the item, two clicks from its citation.");

		Portfolio near = this.scene.portfolio("certification");
		add(near, "Notes", "notes.txt", "Notes".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.scene.write(near, 0, "Noted [E1].");
		assertThat(check(near, "clicks").level()).isEqualTo(Level.PASS);
	}

	private void add(Portfolio p, String title, String name, byte[] content) {
		this.evidence.add(p.candidate(), p.id(), evidence(title).kind(EvidenceKind.DOCUMENT).build(),
				List.of(new org.chartfolio.evidence.EvidenceService.IncomingFile(name, content.length,
						new org.springframework.core.io.ByteArrayResource(content))));
	}

	@Test
	void aCriterionCitingOnlyABinnedItemIsNotBacked() {
		Portfolio p = this.scene.portfolio("certification");
		EvidenceSummary item = this.scene.item(p, "Minutes");
		this.scene.write(p, 0, "Minutes [E1].");
		this.scene.bin(item);
		assertThat(texts(check(p, "backed"))).contains("Criterion 1: Personal performance cites no evidence item.");
	}

	// Citations that point nowhere

	@Test
	void aCitationOfAMissingOrBinnedItemFailsNamingTheStatementAndTheMarker() {
		Portfolio p = this.scene.portfolio("certification");
		this.scene.item(p, "Minutes");
		EvidenceSummary binned = this.scene.item(p, "Old slides");
		this.scene.write(p, 0, "Minutes [E1] and slides [E2].");
		this.scene.write(p, 3, "My CV names a course [E9].");
		this.scene.bin(binned);

		Check check = assertFails(p, "citations",
				"Criterion 1: Personal performance cites [E2], which is not in the evidence locker or is in the bin.",
				"Annotated CV cites [E9], which is not in the evidence locker or is in the bin.");
		assertThat(check.findings().get(1).fix().href()).isEqualTo(editor(p, 3));
	}

	@Test
	void citationsOfLiveItemsPass() {
		Portfolio p = this.scene.portfolio("certification");
		this.scene.item(p, "Minutes");
		this.scene.write(p, 0, "Minutes [E1]. In code `[E7]` is no citation.");
		assertThat(check(p, "citations").level()).isEqualTo(Level.PASS);
	}

	// Acronyms

	@Test
	void anAcronymNotExplainedAtFirstUseWarnsWithWhereItIsFirstUsed() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.write(p, 0, "I logged my CPD every month.");
		this.scene.write(p, 1, "Continuing Professional Development (CPD) matters.");

		Check check = check(p, "acronyms");
		assertThat(check.level()).isEqualTo(Level.WARNING);
		assertThat(texts(check)).containsExactly(
				"CPD is first used in Criterion 1: Personal performance without an explanation: “I logged my CPD every month.”");
		assertThat(check.findings().get(0).fix().href())
			.isEqualTo("/portfolios/" + p.id() + "/glossary/edit?acronym=CPD");
	}

	@Test
	void acronymsExplainedEitherWayAtFirstUseCommonWordsCodeAndCitationsPass() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.write(p, 0, """
				I kept a log of Continuing Professional Development (CPD) and read the PKSB (Professional Knowledge \
				and Skills Base). It is NOT optional and I think it is IMPORTANT. WE did it AND more [E1].

				Later the CPD log and the PKSB helped again.""");
		this.scene.write(p, 1, "The config sets `GDPR_MODE` and\n\n    UNEXPLAINED CODE BLOCK ABC\n\nends.");

		Check check = check(p, "acronyms");
		assertThat(texts(check)).isEmpty();
		assertThat(check.level()).isEqualTo(Level.PASS);
	}

	@Test
	void theGlossaryDefinesOrDismissesAFlaggedAcronym() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.write(p, 0, "Our LMS and the GDPR shaped the service.");
		assertThat(check(p, "acronyms").findings()).hasSize(2);

		this.glossary.define(p.candidate(), p.id(), "lms", "Library Management System", null);
		assertThat(texts(check(p, "acronyms"))).singleElement().asString().startsWith("GDPR is first used");

		this.glossary.dismiss(p.candidate(), p.id(), "GDPR", true, null);
		assertThat(check(p, "acronyms").level()).isEqualTo(Level.PASS);

		long version = this.glossary.glossary(p.candidate(), p.id())
			.entries()
			.stream()
			.filter((entry) -> entry.acronym().equals("GDPR"))
			.findFirst()
			.orElseThrow()
			.version();
		this.glossary.dismiss(p.candidate(), p.id(), "GDPR", false, version);
		assertThat(check(p, "acronyms").level()).isEqualTo(Level.WARNING);
	}

	@Autowired
	private GlossaryService glossary;

	// Approval by the mentor

	@Test
	void withoutAMentorTheApprovalCheckPassesSayingSo() {
		Portfolio p = this.scene.portfolio("revalidation");
		Check check = check(p, "approvals");
		assertThat(check.level()).isEqualTo(Level.PASS);
		assertThat(check.why()).isEqualTo("There is no mentor to approve the sections.");
	}

	@Test
	void withAMentorEverySectionNotApprovedFailsUntilAllAre() {
		Portfolio p = this.scene.portfolio("revalidation");
		SignedInUser mentor = this.fixtures.person("Mentor");
		this.memberships.join(p.id(), mentor, PortfolioRole.MENTOR);
		approve(p, mentor, p.section(0));

		assertFails(p, "approvals", "CPD log is not approved (Draft).");

		approve(p, mentor, p.section(1));
		assertThat(check(p, "approvals").level()).isEqualTo(Level.PASS);
	}

	private void approve(Portfolio p, SignedInUser mentor, SectionView section) {
		SectionView ready = this.workflow.markReadyForReview(p.candidate(), p.id(), section.id(), section.version());
		this.workflow.approve(mentor, p.id(), section.id(), ready.version(),
				() -> this.writing.keepApprovedText(mentor, p.id(), section.id()));
	}

	// Goals

	@Test
	void aDoneGoalWithoutEvidenceFailsUntilItNamesSome() {
		Portfolio p = this.scene.portfolio("chartership");
		EvidenceSummary certificate = this.scene.item(p, "First Aid certificate");
		long goal = this.plan.add(p.candidate(), p.id(),
				goal("First Aid course").status(GoalStatus.DONE).outcome("Passed").build());
		this.plan.add(p.candidate(), p.id(), goal("Open goal").build());

		Check check = assertFails(p, "goals", "“First Aid course” is done but names no evidence.");
		assertThat(check.findings().get(0).fix().href()).isEqualTo("/portfolios/" + p.id() + "/plan/" + goal + "/edit");

		long version = this.plan.goal(p.candidate(), p.id(), goal).version();
		this.plan.update(p.candidate(), p.id(), goal,
				goal("First Aid course").status(GoalStatus.DONE)
					.outcome("Passed")
					.evidence(certificate.id())
					.version(version)
					.build());
		assertThat(check(p, "goals").level()).isEqualTo(Level.PASS);
	}

	// PKSB snapshots

	@Test
	void missingPksbSnapshotsFailEachAndBothTakenPass() {
		Portfolio p = this.scene.portfolio("chartership");
		Check check = check(p, "pksb");
		assertThat(texts(check)).containsExactly("The initial snapshot is not taken.",
				"The final snapshot is not taken.");

		String key = this.pksb.assessment(p.candidate(), p.id()).choices().get(0).key();
		long rating = this.pksb.choose(p.candidate(), p.id(), key);
		this.pksb.rate(p.candidate(), p.id(), rating, new PksbService.RatingEdit(1, 3, "", 0));
		this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.INITIAL);
		PksbView.Reflection area = this.pksb.assessment(p.candidate(), p.id()).reflections().get(0);
		assertThat(texts(check(p, "pksb"))).containsExactly("The area " + area.areaName() + " has no end reflection.",
				"The final snapshot is not taken.");
		this.pksb.reflect(p.candidate(), p.id(), area.areaId(),
				new PksbService.ReflectionEdit("Rose from 1 to 3.", area.version()));
		assertThat(texts(check(p, "pksb"))).containsExactly("The final snapshot is not taken.");
		this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.FINAL);
		assertThat(check(p, "pksb").level()).isEqualTo(Level.PASS);
	}

	@Test
	void revalidationHasNoPksbCheckButACpdCheck() {
		Portfolio p = this.scene.portfolio("revalidation");
		ReadinessService.Readiness result = this.readiness.readiness(p.candidate(), p.id());
		assertThat(result.checks()).extracting(Check::id).doesNotContain("pksb").contains("cpd");

		Portfolio chartership = this.scene.portfolio("chartership");
		assertThat(this.readiness.readiness(chartership.candidate(), chartership.id()).checks()).extracting(Check::id)
			.contains("pksb")
			.doesNotContain("cpd");
	}

	@Test
	void cpdHoursBelowTwentyInTwelveMonthsFailAndTwentyPass() {
		Portfolio p = this.scene.portfolio("revalidation");
		LocalDate today = LocalDate.now(this.clock);
		this.cpd.add(p.candidate(), p.id(),
				new CpdService.ActivityEdit(today.minusMonths(2), "Course", new BigDecimal("12.5"), "", null));
		this.cpd.add(p.candidate(), p.id(),
				new CpdService.ActivityEdit(today.minusMonths(14), "Old course", new BigDecimal("30"), "", null));

		Check check = check(p, "cpd");
		assertThat(check.level()).isEqualTo(Level.FAIL);
		assertThat(check.why()).isEqualTo("12.5 of 20 hours of CPD logged in the last 12 months.");
		assertThat(texts(check)).containsExactly("7.5 more hours are needed.");

		this.cpd.add(p.candidate(), p.id(),
				new CpdService.ActivityEdit(today.minusDays(3), "Conference", new BigDecimal("7.5"), "", null));
		assertThat(check(p, "cpd").level()).isEqualTo(Level.PASS);
	}

	// Who sees what

	@Test
	void theMentorSeesTheSameResultsWithoutFixLinksAndOthersAreRefused() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.item(p, "Minutes");
		this.scene.write(p, 0, "My CPD [E1] and [E5].");
		SignedInUser mentor = this.scene.joins(p, "Mentor", PortfolioRole.MENTOR);
		SignedInUser manager = this.scene.joins(p, "Manager", PortfolioRole.LINE_MANAGER);

		ReadinessService.Readiness candidates = this.readiness.readiness(p.candidate(), p.id());
		ReadinessService.Readiness mentors = this.readiness.readiness(mentor, p.id());
		assertThat(mentors.checks()).extracting(Check::level)
			.isEqualTo(candidates.checks().stream().map(Check::level).toList());
		assertThat(mentors.checks()).extracting(Check::why)
			.isEqualTo(candidates.checks().stream().map(Check::why).toList());
		assertThat(mentors.checks()).allSatisfy((check) -> {
			assertThat(check.fix()).isNull();
			assertThat(check.findings()).allMatch((finding) -> finding.fix() == null);
		});
		assertThat(candidates.checks().stream().flatMap((check) -> check.findings().stream()).map(Finding::fix))
			.anyMatch((fix) -> fix != null);

		SignedInUser stranger = this.fixtures.person("Stranger");
		for (SignedInUser refused : List.of(manager, stranger)) {
			assertThatExceptionOfType(PortfolioNotFoundException.class)
				.isThrownBy(() -> this.readiness.readiness(refused, p.id()));
			assertThatExceptionOfType(PortfolioNotFoundException.class)
				.isThrownBy(() -> this.readiness.evidenceMap(refused, p.id()));
		}
	}

	@Test
	void theSummaryCountsFailsAndWarnings() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.item(p, "Minutes");
		ReadinessService.Readiness result = this.readiness.readiness(p.candidate(), p.id());
		// Nothing written: statements, the CV, job description and context, backing,
		// organisational objectives
		// and PKSB fail; the item is uncited and says nothing of itself.
		assertThat(result.fails()).isEqualTo(5);
		assertThat(result.warnings()).isEqualTo(2);
		assertThat(result.allPass()).isFalse();
	}

	// The evidence map

	@Test
	void citationsInTheCvAndJobDescriptionCountAndGetTheirOwnColumnsOfTheMap() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.item(p, "Minutes");
		this.scene.item(p, "Appraisal");
		this.scene.item(p, "Rota");
		this.scene.write(p, 0, "The minutes show my part [E1].");
		SectionView cv = p.sections()
			.stream()
			.filter((s) -> s.kind() == org.chartfolio.portfolio.SectionKind.CV)
			.findFirst()
			.orElseThrow();
		SectionView job = p.sections()
			.stream()
			.filter((s) -> s.kind() == org.chartfolio.portfolio.SectionKind.JOB_DESCRIPTION)
			.findFirst()
			.orElseThrow();
		this.scene.write(p, p.sections().indexOf(cv), "Senior librarian since 2021, appraised well [E2].");
		this.scene.write(p, p.sections().indexOf(job), "Plans the staff rota [E3].\n\nAnd the budget [E3].");

		assertThat(texts(check(p, "cited"))).as("items cited only by the CV or job description are cited").isEmpty();
		ReadinessService.EvidenceMap map = this.readiness.evidenceMap(p.candidate(), p.id());
		assertThat(map.columns()).extracting(ReadinessService.Column::name)
			.containsExactly("Criterion 1: Personal performance", "Criterion 2: Organisational context",
					"Criterion 3: Wider professional context", "Annotated CV", "Annotated job description");
		assertThat(map.rows().get(1).counts()).containsExactly(0, 0, 0, 1, 0);
		assertThat(map.rows().get(2).counts()).containsExactly(0, 0, 0, 0, 2);
		assertThat(check(p, "backed").level()).as("criteria still need their own evidence").isEqualTo(Level.FAIL);
	}

	// Organisational objectives

	@Test
	void organisationalObjectivesMustBeSetOutAndCitedByCriterionTwo() {
		Portfolio p = this.scene.portfolio("chartership");
		SectionView context = p.sections()
			.stream()
			.filter((s) -> s.kind() == org.chartfolio.portfolio.SectionKind.ORGANISATIONAL_CONTEXT)
			.findFirst()
			.orElseThrow();
		Check none = check(p, "objectives");
		assertThat(none.level()).isEqualTo(Level.FAIL);
		assertThat(texts(none)).containsExactly(
				"The organisational context sets out no organisational objectives: add them in full as a list under a heading \u201cOrganisational objectives\u201d.");
		assertThat(none.findings().get(0).fix().href())
			.isEqualTo("/portfolios/" + p.id() + "/sections/" + context.id() + "/edit");

		this.scene.write(p, p.sections().indexOf(context),
				"We are a county library service.\n\n## Organisational objectives\n\n"
						+ "1. Widen access to the collections\n2. Support digital inclusion\n3. Grow volunteering");
		this.scene.write(p, 0, "I cite a plan [O2] from the wrong criterion and a missing one [O7].");
		Check uncited = check(p, "objectives");
		assertThat(uncited.level()).isEqualTo(Level.FAIL);
		assertThat(texts(uncited)).containsExactly(
				"Criterion 1: Personal performance cites [O7], which is not one of your organisational objectives.",
				"Criterion 2: Organisational context cites none of your organisational objectives: cite one as [O1].");

		this.scene.write(p, 0, "Nothing to cite here.");
		this.scene.write(p, 1, "Our plan [O1] asked for more opening hours; the survey [O3] showed volunteers.");
		Check passed = check(p, "objectives");
		assertThat(passed.level()).isEqualTo(Level.PASS);
		assertThat(passed.why())
			.isEqualTo("Your 3 organisational objectives are set out in full, and criterion 2 cites 2 of them.");
	}

	@Test
	void revalidationHasNoObjectivesCheck() {
		Portfolio p = this.scene.portfolio("revalidation");
		assertThat(this.readiness.readiness(p.candidate(), p.id()).checks()).extracting(Check::id)
			.doesNotContain("objectives");
	}

	@Test
	void theEvidenceMapCountsCitationsPerCriterionWithTotalsAndLeavesOutBinnedItems() {
		Portfolio p = this.scene.portfolio("chartership");
		this.scene.item(p, "Minutes");
		this.scene.item(p, "Survey");
		this.scene.item(p, "Unused");
		EvidenceSummary binned = this.scene.item(p, "Binned");
		this.scene.write(p, 0, "First [E1] and [E2].\n\nSecond [E1, E4].\n\nThird [E1] [E1].");
		this.scene.write(p, 1, "Also [E1].");
		this.scene.bin(binned);

		ReadinessService.EvidenceMap map = this.readiness.evidenceMap(p.candidate(), p.id());
		assertThat(map.columns()).extracting(ReadinessService.Column::name)
			.containsExactly("Criterion 1: Personal performance", "Criterion 2: Organisational context",
					"Criterion 3: Wider professional context");
		assertThat(map.rows()).extracting((row) -> row.item().label()).containsExactly("E1", "E2", "E3");
		assertThat(map.rows().get(0).counts()).containsExactly(3, 1, 0);
		assertThat(map.rows().get(0).total()).isEqualTo(4);
		assertThat(map.rows().get(1).counts()).containsExactly(1, 0, 0);
		assertThat(map.rows().get(2).uncited()).isTrue();
		assertThat(map.columns()).extracting(ReadinessService.Column::total).containsExactly(4, 1, 0);
		assertThat(map.columns().get(2).unsupported()).isTrue();
		assertThat(map.total()).isEqualTo(5);
	}

	private Check check(Portfolio p, String id) {
		return this.readiness.readiness(p.candidate(), p.id())
			.checks()
			.stream()
			.filter((check) -> check.id().equals(id))
			.findFirst()
			.orElseThrow();
	}

	/** The check fails with these findings, in this order; the check. */
	private Check assertFails(Portfolio p, String id, String... texts) {
		Check check = check(p, id);
		assertThat(check.level()).isEqualTo(Level.FAIL);
		assertThat(texts(check)).containsExactly(texts);
		return check;
	}

	/** The editor of the portfolio's section at this index, where a fix link leads. */
	private static String editor(Portfolio p, int section) {
		return "/portfolios/" + p.id() + "/sections/" + p.section(section).id() + "/edit";
	}

	private static List<String> texts(Check check) {
		return check.findings().stream().map(Finding::text).toList();
	}

}
