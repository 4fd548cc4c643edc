package org.chartfolio.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.cpd.CpdService;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;

@IntegrationTest
class ProgressServiceTests {

	private static final String STATEMENT = "I ran the reading group every week and it changed how I plan [E1].";

	@Autowired
	private ProgressService progress;

	@Autowired
	private DashboardService dashboard;

	@Autowired
	private CpdService cpd;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	private record People(SignedInUser candidate, SignedInUser mentor, SignedInUser manager, SignedInUser stranger,
			Portfolio portfolio, SectionView first, SectionView second) {

		long portfolioId() {
			return this.portfolio.id();
		}

	}

	/**
	 * A Certification portfolio with a statement citing a private item, three goals, a
	 * mentor and a line manager.
	 */
	private People people() {
		SignedInUser mentor = this.scene.person("Mentor");
		SignedInUser manager = this.scene.person("Manager");
		SignedInUser stranger = this.scene.person("Stranger");
		Portfolio p = this.scene.candidate("Candidate").portfolio("certification");
		this.scene.evidence(p, evidence("Confidential appraisal").description("Private notes from my appraisal"));
		this.scene.evidence(p, evidence("Display photo"));
		this.scene.write(p, p.sections().get(0).id(), STATEMENT);
		LocalDate today = LocalDate.now(this.clock);
		this.scene.goal(p, goal("Secret first aid goal").target(today.plusDays(30)));
		this.scene.goal(p, goal("Late cataloguing goal").target(today.minusDays(3)).status(GoalStatus.IN_PROGRESS));
		this.scene.goal(p, goal("Finished goal").status(GoalStatus.DONE).outcome("Passed the course"));
		this.scene.join(p, mentor, PortfolioRole.MENTOR);
		this.scene.join(p, manager, PortfolioRole.LINE_MANAGER);
		return new People(p.candidate(), mentor, manager, stranger, p, p.sections().get(0), p.sections().get(1));
	}

	@Test
	void candidateMentorAndLineManagerSeeTheSameFiguresAndAStrangerNothing() {
		People p = people();

		for (SignedInUser viewer : List.of(p.candidate(), p.mentor(), p.manager())) {
			ProgressService.Progress seen = this.progress.progress(viewer, p.portfolioId());
			assertThat(seen.statementWords()).isEqualTo(13);
			assertThat(seen.overLimit()).isFalse();
			assertThat(seen.sectionsStarted()).isEqualTo(1);
			assertThat(seen.writtenSections())
				.isEqualTo(seen.sections().stream().filter((row) -> row.written()).count());
			assertThat(seen.evidenceCount()).isEqualTo(2);
			assertThat(seen.goals().counts().done()).isEqualTo(1);
			assertThat(seen.goals().counts().total()).isEqualTo(3);
			assertThat(seen.goals().counts().overdue()).isEqualTo(1);
			assertThat(seen.goals().due()).isEqualTo(1);
			assertThat(seen.cpd()).as("Certification asks for no CPD hours").isEmpty();
			assertThat(seen.lastActivity()).isNotNull();
			assertThat(seen.sections().get(0).words()).isEqualTo(13);
		}
		assertThat(this.progress.progress(p.manager(), p.portfolioId()).role()).isEqualTo(PortfolioRole.LINE_MANAGER);
		assertThatThrownBy(() -> this.progress.progress(p.stranger(), p.portfolioId()))
			.isInstanceOf(PortfolioNotFoundException.class);
	}

	@Test
	void nothingTheCandidateWroteReachesTheProgressView() {
		People p = people();

		String seen = this.progress.progress(p.manager(), p.portfolioId()).toString();

		// Goal titles are what the line manager follows (issue 14); a goal's outcome,
		// like the writing,
		// evidence and notes, stays private.
		assertThat(seen).contains("Secret first aid goal")
			.contains("Late cataloguing goal")
			.doesNotContain("reading group")
			.doesNotContain("Confidential appraisal")
			.doesNotContain("Private notes")
			.doesNotContain("Passed the course");
	}

	@Test
	void lastActivityIsTheLatestChangeOfTextEvidenceOrGoals() {
		People p = people();
		LocalDate before = this.progress.progress(p.manager(), p.portfolioId()).lastActivity().toLocalDate();

		this.clock.advance(Duration.ofDays(3));
		this.scene.evidence(p.portfolio(), evidence("Later item"));

		assertThat(this.progress.progress(p.manager(), p.portfolioId()).lastActivity().toLocalDate())
			.isEqualTo(before.plusDays(3));
	}

	@Test
	void revalidationShowsItsCpdHoursAgainstTheTwentyRequired() {
		SignedInUser manager = this.scene.person("Reval manager");
		Portfolio p = this.scene.candidate("Reval candidate").portfolio("revalidation");
		this.cpd.add(p.candidate(), p.id(), new CpdService.ActivityEdit(LocalDate.now(this.clock),
				"Webinar on metadata", new BigDecimal("2.5"), "What I took from it", null));
		this.scene.join(p, manager, PortfolioRole.LINE_MANAGER);

		ProgressService.Progress seen = this.progress.progress(manager, p.id());

		assertThat(seen.cpd()).hasValueSatisfying((hours) -> {
			assertThat(hours.hoursInPeriod()).isEqualByComparingTo("2.5");
			assertThat(hours.requiredHours()).isEqualTo(20);
			assertThat(hours.requirementMet()).isFalse();
		});
		assertThat(seen.toString()).doesNotContain("Webinar").doesNotContain("took from it");
	}

	@Test
	void theLineManagerReadsASharedSectionWithPlainCitationsUntilTheCandidateStopsSharing() {
		People p = people();
		assertThatThrownBy(() -> this.progress.sharedSection(p.manager(), p.portfolioId(), p.first().id()))
			.isInstanceOf(PortfolioNotFoundException.class);

		this.progress.share(p.candidate(), p.portfolioId(), p.first().id(), true);

		ProgressService.SharedSection shared = this.progress.sharedSection(p.manager(), p.portfolioId(),
				p.first().id());
		assertThat(shared.text().html()).contains("reading group")
			.contains("[E1]")
			.doesNotContain("href")
			.doesNotContain("Confidential appraisal");
		assertThat(shared.text().words()).isEqualTo(13);
		assertThat(this.progress.progress(p.manager(), p.portfolioId()).sections().get(0).shared()).isTrue();
		assertThatThrownBy(() -> this.progress.sharedSection(p.manager(), p.portfolioId(), p.second().id()))
			.as("another section stays private")
			.isInstanceOf(PortfolioNotFoundException.class);

		this.progress.share(p.candidate(), p.portfolioId(), p.first().id(), false);
		assertThatThrownBy(() -> this.progress.sharedSection(p.manager(), p.portfolioId(), p.first().id()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThat(activity(p.portfolioId())).containsExactly("SECTION_SHARED", "SECTION_UNSHARED");
	}

	@Test
	void onlyTheCandidateSharesAndOnlyWrittenSectionsWithAnActiveLineManager() {
		People p = people();
		long plan = this.scene.sections(p.portfolio())
			.stream()
			.filter((section) -> !section.kind().isWritten())
			.findFirst()
			.orElseThrow()
			.id();

		for (SignedInUser notCandidate : List.of(p.mentor(), p.manager(), p.stranger())) {
			assertThatThrownBy(() -> this.progress.share(notCandidate, p.portfolioId(), p.first().id(), true))
				.isInstanceOf(PortfolioNotFoundException.class);
		}
		assertThatThrownBy(() -> this.progress.share(p.candidate(), p.portfolioId(), plan, true))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.progress.sharedSection(p.stranger(), p.portfolioId(), p.first().id()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThat(activity(p.portfolioId())).isEmpty();
	}

	@Test
	void aLaterLineManagerDoesNotInheritWhatWasSharedWithTheLastOne() {
		People p = people();
		this.progress.share(p.candidate(), p.portfolioId(), p.first().id(), true);
		this.scene.end(p.portfolio(), p.manager());
		SignedInUser next = this.scene.person("Next manager");
		this.scene.join(p.portfolio(), next, PortfolioRole.LINE_MANAGER);

		assertThatThrownBy(() -> this.progress.sharedSection(p.manager(), p.portfolioId(), p.first().id()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.progress.sharedSection(next, p.portfolioId(), p.first().id()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThat(this.progress.progress(next, p.portfolioId()).sections().get(0).shared()).isFalse();
	}

	@Test
	void theLineManagersHomeCardCarriesTheFigures() {
		People p = people();

		DashboardService.Supported card = this.dashboard.supported(p.manager()).get(0);

		assertThat(card.readable()).isFalse();
		assertThat(card.card().statementWords()).isEqualTo(13);
		assertThat(card.card().evidenceCount()).isEqualTo(2);
		assertThat(card.card().goals().done()).isEqualTo(1);
		assertThat(card.toString()).doesNotContain("reading group").doesNotContain("Secret first aid");
	}

	private List<String> activity(long portfolioId) {
		return this.jdbc
			.sql("select action from access_activity where portfolio_id = ? and action like 'SECTION%' order by id")
			.param(portfolioId)
			.query(String.class)
			.list();
	}

}
