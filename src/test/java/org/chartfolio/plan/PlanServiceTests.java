package org.chartfolio.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;

@IntegrationTest
class PlanServiceTests {

	@Autowired
	private PlanService plan;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	private Portfolio portfolio;

	@BeforeEach
	void openAPortfolio() {
		this.portfolio = this.scene.candidate("Lisa Marsh").portfolio("certification");
	}

	@Test
	void aGoalClosesWithAnOutcomeAndTheEvidenceThatShowsIt() {
		EvidenceSummary certificate = this.evidence.add(this.portfolio.candidate(), this.portfolio.id(),
				evidence("First Aid certificate").kind(EvidenceKind.CERTIFICATE).build());
		long goalId = this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Complete a First Aid course", GoalStatus.PLANNED, "", Set.of(), null));

		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> this.plan.update(this.portfolio.candidate(), this.portfolio.id(), goalId,
					edit("Complete a First Aid course", GoalStatus.DONE, " ", Set.of(), 0L)))
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("outcome"));

		this.plan.update(this.portfolio.candidate(), this.portfolio.id(), goalId, edit("Complete a First Aid course",
				GoalStatus.DONE, "Passed; I now cover first aid on late shifts.", Set.of(certificate.id()), 0L));

		GoalView done = this.plan.goal(this.portfolio.candidate(), this.portfolio.id(), goalId);
		assertThat(done.status()).isEqualTo(GoalStatus.DONE);
		assertThat(done.completedOn()).isEqualTo(LocalDate.now(this.clock));
		assertThat(done.evidence()).extracting(EvidenceSummary::label).containsExactly("E1");
		assertThat(done.doneWithoutEvidence()).isFalse();
		assertThat(this.plan.progress(this.portfolio.candidate(), this.portfolio.id()))
			.isEqualTo(new PlanProgress(1, 1, 0, 0));
	}

	@Test
	void flagsOverdueGoalsAndDoneGoalsWithoutEvidence() {
		this.plan.add(this.portfolio.candidate(), this.portfolio.id(), edit("Visit another library service",
				GoalStatus.IN_PROGRESS, "", Set.of(), LocalDate.now(this.clock).minusDays(1)));
		this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Join the CDG committee", GoalStatus.DONE, "Joined in May.", Set.of(), null));

		assertThat(this.plan.goals(this.portfolio.candidate(), this.portfolio.id()))
			.extracting(GoalView::title, GoalView::overdue, GoalView::doneWithoutEvidence)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Visit another library service", true, false),
					org.assertj.core.groups.Tuple.tuple("Join the CDG committee", false, true));
		assertThat(this.plan.progress(this.portfolio.candidate(), this.portfolio.id()))
			.isEqualTo(new PlanProgress(2, 1, 1, 1));
	}

	@Test
	void refusesAStaleEditAndEvidenceFromAnotherPortfolio() {
		long goalId = this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Read CILIP Update monthly", GoalStatus.PLANNED, "", Set.of(), null));
		this.plan.update(this.portfolio.candidate(), this.portfolio.id(), goalId,
				edit("Read CILIP Update every month", GoalStatus.PLANNED, "", Set.of(), 0L));

		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.plan.update(this.portfolio.candidate(), this.portfolio.id(), goalId,
					edit("Older edit", GoalStatus.PLANNED, "", Set.of(), 0L)));

		long other = this.scene.portfolio(this.portfolio.candidate(), "chartership");
		EvidenceSummary elsewhere = this.evidence.add(this.portfolio.candidate(), other, evidence("Elsewhere").build());
		assertThatExceptionOfType(FieldProblem.class)
			.isThrownBy(() -> this.plan.update(this.portfolio.candidate(), this.portfolio.id(), goalId,
					edit("x", GoalStatus.PLANNED, "", Set.of(elsewhere.id()), 1L)))
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("evidenceIds"));
	}

	@Test
	void aDeletedGoalCanBeRestoredForThirtyDays() {
		long kept = this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Kept", GoalStatus.PLANNED, "", Set.of(), null));
		long expired = this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Expired", GoalStatus.PLANNED, "", Set.of(), null));
		this.plan.moveToBin(this.portfolio.candidate(), this.portfolio.id(), expired);
		this.clock.advance(Duration.ofDays(20));
		this.plan.moveToBin(this.portfolio.candidate(), this.portfolio.id(), kept);
		this.clock.advance(Duration.ofDays(11));

		assertThat(this.plan.goals(this.portfolio.candidate(), this.portfolio.id())).isEmpty();
		assertThat(this.plan.binned(this.portfolio.candidate(), this.portfolio.id()))
			.extracting(PlanService.BinnedGoal::title)
			.containsExactly("Kept");
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.plan.restore(this.portfolio.candidate(), this.portfolio.id(), expired));

		this.plan.restore(this.portfolio.candidate(), this.portfolio.id(), kept);
		assertThat(this.plan.goals(this.portfolio.candidate(), this.portfolio.id())).extracting(GoalView::title)
			.containsExactly("Kept");
	}

	@Test
	void nobodyElseSeesOrChangesThePlan() {
		SignedInUser stranger = this.scene.person("Stranger");
		long goalId = this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Private", GoalStatus.PLANNED, "", Set.of(), null));

		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.plan.goals(stranger, this.portfolio.id()));
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.plan.goal(stranger, this.portfolio.id(), goalId));
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.plan.moveToBin(stranger, this.portfolio.id(), goalId));
		long strangersOwn = this.scene.portfolio(stranger, "certification");
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.as("a goal id from another portfolio is not found in one's own")
			.isThrownBy(() -> this.plan.goal(stranger, strangersOwn, goalId));
	}

	@Test
	void theFiguresCountWhatTheGoalsListShowsAndNoticeABinnedGoalChanging() {
		LocalDate today = LocalDate.now(this.clock);
		EvidenceSummary certificate = this.evidence.add(this.portfolio.candidate(), this.portfolio.id(),
				evidence("First Aid certificate").kind(EvidenceKind.CERTIFICATE).build());
		this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Overdue", GoalStatus.PLANNED, "", Set.of(), today.minusDays(1)));
		this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Due today", GoalStatus.IN_PROGRESS, "", Set.of(), today));
		this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Undated", GoalStatus.PLANNED, "", Set.of(), null));
		this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Done with evidence", GoalStatus.DONE, "Passed.", Set.of(certificate.id()), null));
		this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Done, no evidence", GoalStatus.DONE, "Went.", Set.of(), null));
		this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Dropped", GoalStatus.DROPPED, "", Set.of(), today.minusDays(9)));
		long binned = this.plan.add(this.portfolio.candidate(), this.portfolio.id(),
				edit("Binned", GoalStatus.PLANNED, "", Set.of(), today.minusDays(3)));
		this.clock.advance(Duration.ofMinutes(5));
		java.time.Instant binning = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		this.plan.moveToBin(this.portfolio.candidate(), this.portfolio.id(), binned);

		PlanFigures figures = this.plan.figures(this.portfolio.candidate(), this.portfolio.id());

		assertThat(figures.counts()).isEqualTo(new PlanProgress(5, 2, 1, 1));
		assertThat(figures.counts())
			.isEqualTo(PlanProgress.of(this.plan.goals(this.portfolio.candidate(), this.portfolio.id())));
		assertThat(figures.due()).isEqualTo(1);
		assertThat(figures.lastChanged()).isBetween(binning, this.clock.instant());
		assertThat(this.plan.openGoals(this.portfolio.candidate(), this.portfolio.id(), 2))
			.extracting(PlanService.OpenGoal::title)
			.containsExactly("Overdue", "Due today");
		assertThat(this.plan.openGoals(this.portfolio.candidate(), this.portfolio.id(), 5))
			.extracting(PlanService.OpenGoal::overdue)
			.containsExactly(true, false, false);
	}

	private static PlanService.GoalEdit edit(String title, GoalStatus status, String outcome, Set<Long> evidence,
			Object versionOrDate) {
		Long version = (versionOrDate instanceof Long v) ? v : null;
		LocalDate target = (versionOrDate instanceof LocalDate d) ? d : null;
		return goal(title).reason("PKSB: First aid")
			.actions("Book the course")
			.target(target)
			.status(status)
			.outcome(outcome)
			.evidence(evidence)
			.version(version)
			.build();
	}

}
