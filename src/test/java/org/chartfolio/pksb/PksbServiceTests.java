package org.chartfolio.pksb;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.plan.GoalView;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PksbScene;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class PksbServiceTests {

	@Autowired
	private PksbScene choices;

	@Autowired
	private PksbService pksb;

	@Autowired
	private PlanService plan;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	@Autowired
	private org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void showsTheStartNowTargetAndEndOfEachChosenAreaSideBySide() {
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		long ethics = this.choices.choose(p.candidate(), p.id(), "Ethics and values");
		long research = this.choices.choose(p.candidate(), p.id(), "Research skills");
		rate(p.candidate(), p.id(), ethics, 2, 3, "Lead the ethics session");
		rate(p.candidate(), p.id(), research, 1, 3, "");
		this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.INITIAL);

		PksbView started = this.pksb.assessment(p.candidate(), p.id());
		assertThat(started.chart().endIsNow()).isTrue();
		rate(p.candidate(), p.id(), research, 3, 3, "Ran the user survey");
		this.clock.advance(java.time.Duration.ofDays(200));
		reflect(p.candidate(), p.id(), "Ethics and values", "Held steady: the ethics session is next year.");
		reflect(p.candidate(), p.id(), "Research skills", "From 1 to 3: the user survey I designed and ran (E4).");
		this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.FINAL);

		PksbView view = this.pksb.assessment(p.candidate(), p.id());
		assertThat(view.hasInitial()).isTrue();
		assertThat(view.hasFinal()).isTrue();
		assertThat(view.finalTakenAt()).isAfter(view.initialTakenAt());
		assertThat(view.rows())
			.extracting(PksbView.Row::name, PksbView.Row::start, PksbView.Row::now, PksbView.Row::target,
					PksbView.Row::end)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ethics and values", 2, 2, 3, 2),
					org.assertj.core.groups.Tuple.tuple("Research skills", 1, 3, 3, 3));
		assertThat(view.choices()).extracting(PksbView.Choice::label)
			.doesNotContain("Ethics and values", "Research skills");

		Chart chart = view.chart();
		assertThat(chart.endIsNow()).isFalse();
		assertThat(chart.bands()).extracting(Chart.Band::area).containsExactly("Ethics and values", "Research skills");
		Chart.Band researchBand = chart.bands().get(1);
		assertThat(researchBand.bars()).extracting(Chart.Bar::kind).containsExactly("start", "end", "target");
		assertThat(researchBand.bars()).extracting((bar) -> bar.value().toPlainString())
			.containsExactly("1.0", "3.0", "3.0");
		assertThat(researchBand.bars().get(1).width()).isEqualTo(3 * researchBand.bars().get(0).width());
	}

	@Test
	void refusesRatingsOffTheScaleATargetBelowNowAndASnapshotOfNothing() {
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		String literacies = this.choices.key(p.candidate(), p.id(), "Literacies and learning");
		long item = this.pksb.choose(p.candidate(), p.id(), literacies);

		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> rate(p.candidate(), p.id(), item, 7, null, ""))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("pksb.level.outOfScale"));
		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> rate(p.candidate(), p.id(), item, 3, 1, ""))
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("targetLevel"));
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.INITIAL))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("pksb.snapshot.nothingRated"));
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> this.pksb.choose(p.candidate(), p.id(), "a999999"))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("pksb.choose.unknown"));
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> this.pksb.choose(p.candidate(), p.id(), literacies))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("pksb.choose.already"));

		rate(p.candidate(), p.id(), item, 1, 2, "");
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.pksb.rate(p.candidate(), p.id(), item, new PksbService.RatingEdit(2, 2, "", 0)));
	}

	@Test
	void aGapBecomesOneDevelopmentPlanGoal() {
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		long item = this.choices.choose(p.candidate(), p.id(), "IT and communication");
		rate(p.candidate(), p.id(), item, 2, 2, "");
		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> this.pksb.gapToGoal(p.candidate(), p.id(), item))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("pksb.goal.noGap"));

		rate(p.candidate(), p.id(), item, 1, 3, "A course in web accessibility");
		long goalId = this.pksb.gapToGoal(p.candidate(), p.id(), item);

		GoalView goal = this.plan.goal(p.candidate(), p.id(), goalId);
		assertThat(goal.title()).isEqualTo("Develop: IT and communication");
		assertThat(goal.reason()).contains("now 1, target 3").contains("A course in web accessibility");
		assertThat(this.pksb.assessment(p.candidate(), p.id()).rows().get(0).goalId()).isEqualTo(goalId);
		assertThat(this.pksb.assessment(p.candidate(), p.id()).rows().get(0).canBecomeGoal()).isFalse();
		assertThatExceptionOfType(FieldProblem.class).isThrownBy(() -> this.pksb.gapToGoal(p.candidate(), p.id(), item))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("pksb.goal.already"));
	}

	@Test
	void theMentorReadsItAndNobodyElseDoesAnything() {
		SignedInUser stranger = this.scene.person("Stranger");
		Portfolio p = this.scene.candidate("Candidate")
			.mentor("Mentor")
			.lineManager("Manager")
			.portfolio("certification");
		String ethics = this.choices.key(p.candidate(), p.id(), "Ethics and values");
		long item = this.pksb.choose(p.candidate(), p.id(), ethics);
		rate(p.candidate(), p.id(), item, 1, 3, "");

		assertThat(this.pksb.assessment(p.mentor(), p.id()).rows()).hasSize(1);
		for (SignedInUser other : List.of(p.mentor(), p.lineManager(), stranger)) {
			assertThatExceptionOfType(PortfolioNotFoundException.class)
				.isThrownBy(() -> this.pksb.rate(other, p.id(), item, new PksbService.RatingEdit(2, 3, "", 1)));
			assertThatExceptionOfType(PortfolioNotFoundException.class)
				.isThrownBy(() -> this.pksb.snapshot(other, p.id(), SnapshotKind.INITIAL));
			assertThatExceptionOfType(PortfolioNotFoundException.class)
				.isThrownBy(() -> this.pksb.gapToGoal(other, p.id(), item));
			assertThatExceptionOfType(PortfolioNotFoundException.class)
				.isThrownBy(() -> this.pksb.remove(other, p.id(), item));
		}
		for (SignedInUser other : List.of(p.lineManager(), stranger)) {
			assertThatExceptionOfType(PortfolioNotFoundException.class)
				.isThrownBy(() -> this.pksb.assessment(other, p.id()));
		}
		Portfolio theirs = this.scene.candidate("Another candidate").portfolio("certification");
		assertThatExceptionOfType(PortfolioNotFoundException.class).isThrownBy(
				() -> this.pksb.rate(theirs.candidate(), theirs.id(), item, new PksbService.RatingEdit(2, 3, "", 1)));
	}

	@Test
	void removingAnItemTakesItOutOfTheSnapshotsButLeavesItsGoal() {
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		long item = this.choices.choose(p.candidate(), p.id(), "Leadership and advocacy");
		rate(p.candidate(), p.id(), item, 0, 2, "");
		this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.INITIAL);
		long goalId = this.pksb.gapToGoal(p.candidate(), p.id(), item);

		this.pksb.remove(p.candidate(), p.id(), item);

		assertThat(this.pksb.assessment(p.candidate(), p.id()).rows()).isEmpty();
		assertThat(this.pksb.assessment(p.candidate(), p.id()).chart().isEmpty()).isTrue();
		assertThat(this.plan.goal(p.candidate(), p.id(), goalId).title()).isEqualTo("Develop: Leadership and advocacy");
	}

	@Test
	void theFinalSnapshotWaitsForAnEndReflectionOnEveryChosenArea() {
		Portfolio p = this.scene.candidate("Candidate").mentor("Mentor").portfolio("chartership");
		long ethics = this.choices.choose(p.candidate(), p.id(), "Ethics and values");
		long it = this.choices.choose(p.candidate(), p.id(), "IT and communication");
		rate(p.candidate(), p.id(), ethics, 1, 3, "");
		rate(p.candidate(), p.id(), it, 2, 3, "");
		this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.INITIAL);

		assertThatExceptionOfType(PksbService.ReflectionsMissing.class)
			.isThrownBy(() -> this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.FINAL))
			.satisfies((refused) -> assertThat(refused.areas()).containsExactly("Ethics and values",
					"IT and communication"));
		reflect(p.candidate(), p.id(), "Ethics and values", "From 1 to 3: I led the ethics session (E2).");
		assertThatExceptionOfType(PksbService.ReflectionsMissing.class)
			.isThrownBy(() -> this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.FINAL))
			.satisfies((refused) -> assertThat(refused.areas()).containsExactly("IT and communication"));
		assertThat(this.pksb.assessment(p.candidate(), p.id()).hasFinal()).isFalse();
		assertThat(this.pksb.ending(p.candidate(), p.id()).areasWithoutReflection())
			.containsExactly("IT and communication");

		long itArea = reflection(p.candidate(), p.id(), "IT and communication").areaId();
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(
					() -> this.pksb.reflect(p.candidate(), p.id(), itArea, new PksbService.ReflectionEdit("  ", -1)))
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("text"));
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.pksb.reflect(p.mentor(), p.id(), itArea, new PksbService.ReflectionEdit("Mine", 0)));
		long unchosen = this.pksb.assessment(p.candidate(), p.id())
			.reflections()
			.stream()
			.mapToLong(PksbView.Reflection::areaId)
			.max()
			.orElseThrow() + 1000;
		assertThatExceptionOfType(PortfolioNotFoundException.class).isThrownBy(() -> this.pksb.reflect(p.candidate(),
				p.id(), unchosen, new PksbService.ReflectionEdit("Not mine", 0)));
		reflect(p.candidate(), p.id(), "IT and communication", "From 2 to 3: the accessibility course.");
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.pksb.reflect(p.candidate(), p.id(),
				itArea, new PksbService.ReflectionEdit("An older tab", -1)));

		this.pksb.snapshot(p.candidate(), p.id(), SnapshotKind.FINAL);
		PksbView view = this.pksb.assessment(p.mentor(), p.id());
		assertThat(view.hasFinal()).isTrue();
		assertThat(view.reflections()).extracting(PksbView.Reflection::areaName, PksbView.Reflection::text)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Ethics and values",
							"From 1 to 3: I led the ethics session (E2)."),
					org.assertj.core.groups.Tuple.tuple("IT and communication",
							"From 2 to 3: the accessibility course."));
		assertThat(this.pksb.ending(p.candidate(), p.id()).areasWithoutReflection()).isEmpty();
	}

	@Test
	void aKnowledgeManagementRouteAssessesAgainstThePksbForKnowledgeManagement() {
		Portfolio p = this.scene.candidate("KM candidate").portfolio("km-chartership");
		long general = this.scene.portfolio(p.candidate(), "chartership");

		PksbView kmView = this.pksb.assessment(p.candidate(), p.id());
		assertThat(kmView.frameworkName()).isEqualTo("PKSB for Knowledge Management");
		assertThat(areas(kmView))
			.contains("Ethics and values", "Organising knowledge and information", "Records management and archiving")
			.doesNotContain("Data management", "Knowledge management");
		assertThat(this.pksb.assessment(p.candidate(), general).frameworkName()).isNotEqualTo(kmView.frameworkName());
		assertThat(areas(this.pksb.assessment(p.candidate(), general))).contains("Data management",
				"Knowledge management");
		assertThat(this.pksb.assessment(p.candidate(), this.scene.portfolio(p.candidate(), "km-fellowship"))
			.frameworkName()).isEqualTo("PKSB for Knowledge Management");

		long organising = this.choices.choose(p.candidate(), p.id(), "Organising knowledge and information");
		rate(p.candidate(), p.id(), organising, 1, 3, "Taxonomy project");
		assertThat(this.jdbc
			.sql("""
					select f.code from pksb_rating r join pksb_area a on a.id = r.area_id join pksb_framework f on f.id = a.framework_id
					where r.id = ?""")
			.param(organising)
			.query(String.class)
			.single()).isEqualTo("km");
		assertThat(this.jdbc.sql(
				"select f.code from pksb_portfolio_framework p join pksb_framework f on f.id = p.framework_id where p.portfolio_id = ?")
			.param(p.id())
			.query(String.class)
			.single()).isEqualTo("km");
	}

	@Test
	void aPortfolioKeepsTheFrameworkItStartedWith() {
		Portfolio p = this.scene.candidate("Early KM candidate").portfolio("km-chartership");
		// As the migration fixes the portfolios that existed before frameworks: to the
		// general PKSB.
		this.jdbc.sql("""
				insert into pksb_portfolio_framework (portfolio_id, framework_id)
				select ?, id from pksb_framework where code = 'general'""").param(p.id()).update();

		PksbView view = this.pksb.assessment(p.candidate(), p.id());
		assertThat(view.frameworkName()).isNotEqualTo("PKSB for Knowledge Management");
		assertThat(areas(view)).contains("Data management");
	}

	/**
	 * The areas a candidate may choose from, whether offered whole or by sub-area ("Area:
	 * 10.1 Sub-area"): other tests in the same database may import sub-areas into a
	 * framework.
	 */
	private static java.util.List<String> areas(PksbView view) {
		return view.choices()
			.stream()
			.map(PksbView.Choice::label)
			.map((label) -> label.contains(": ") ? label.substring(0, label.indexOf(": ")) : label)
			.distinct()
			.toList();
	}

	private void reflect(SignedInUser candidate, long portfolio, String area, String text) {
		PksbView.Reflection reflection = reflection(candidate, portfolio, area);
		this.pksb.reflect(candidate, portfolio, reflection.areaId(),
				new PksbService.ReflectionEdit(text, reflection.version()));
	}

	private PksbView.Reflection reflection(SignedInUser candidate, long portfolio, String area) {
		return this.pksb.assessment(candidate, portfolio)
			.reflections()
			.stream()
			.filter((r) -> r.areaName().equals(area))
			.findFirst()
			.orElseThrow();
	}

	private void rate(SignedInUser candidate, long portfolio, long item, Integer now, Integer target, String comment) {
		long version = this.pksb.rating(candidate, portfolio, item).version();
		this.pksb.rate(candidate, portfolio, item, new PksbService.RatingEdit(now, target, comment, version));
	}

}
