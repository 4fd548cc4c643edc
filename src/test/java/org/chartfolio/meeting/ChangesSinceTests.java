package org.chartfolio.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.GoalView;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.GoalEditBuilder;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.QueryCounter;
import org.chartfolio.writing.TextChanges;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@IntegrationTest
class ChangesSinceTests {

	@Autowired
	private ChangesSince changes;

	@Autowired
	private MeetingService meetings;

	@Autowired
	private WritingService writing;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private PlanService plan;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	@Autowired
	private QueryCounter queries;

	@Test
	void onlyWhatChangedAfterTheLastMeetingIsListedWithAWordDiffAgainstTheTextThen() {
		Portfolio p = this.scene.candidate("Candidate").mentor("Mentor").portfolio("certification");
		SectionView first = p.sections().get(0);
		SectionView second = p.sections().get(1);
		SectionView third = p.sections().get(2);
		long v1 = save(p.candidate(), p.id(), first, "I ran a display on local history.", 0);
		long v3 = save(p.candidate(), p.id(), third, "Unchanged in the end.", 0);
		this.evidence.add(p.candidate(), p.id(), details("Photo of the display"));
		long oldGoal = this.plan.add(p.candidate(), p.id(), goal("First Aid course", GoalStatus.PLANNED, null));

		this.clock.advance(Duration.ofDays(3));
		this.meetings.record(p.mentor(), p.id(),
				new MeetingService.Edit(
						new Meeting.Details(LocalDate.now(this.clock).minusDays(1), MeetingMode.VIDEO, "", null),
						List.of(), Set.of(), null));
		assertThat(this.changes.sinceLastMeeting(p.mentor(), p.id()).isEmpty()).isTrue();

		save(p.candidate(), p.id(), first, "I ran a popular display on local history.", v1);
		save(p.candidate(), p.id(), second, "Brand new text.", 0);
		long changedBack = save(p.candidate(), p.id(), third, "Changed for a moment.", v3);
		save(p.candidate(), p.id(), third, "Unchanged in the end.", changedBack);
		this.evidence.add(p.candidate(), p.id(), details("Committee minutes"));
		this.plan.add(p.candidate(), p.id(), goal("Learn cataloguing", GoalStatus.PLANNED, null));
		GoalView done = this.plan.goal(p.candidate(), p.id(), oldGoal);
		this.plan.update(p.candidate(), p.id(), oldGoal, goal("First Aid course", GoalStatus.DONE, done.version()));

		ChangesSince.Changes changed = this.changes.sinceLastMeeting(p.mentor(), p.id());

		assertThat(changed.lastMeetingOn()).isEqualTo(LocalDate.now(this.clock).minusDays(1));
		assertThat(changed.sections()).extracting((c) -> c.section().id())
			.containsExactlyInAnyOrder(first.id(), second.id());
		ChangesSince.SectionChange revised = changed.sections()
			.stream()
			.filter((c) -> c.section().id() == first.id())
			.findFirst()
			.orElseThrow();
		assertThat(revised.text().wordsThen()).isEqualTo(7);
		assertThat(revised.text().wordsNow()).isEqualTo(8);
		assertThat(revised.text().diff())
			.extracting(TextChanges.DiffPiece::text, TextChanges.DiffPiece::added, TextChanges.DiffPiece::removed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("I ran a", false, false),
					org.assertj.core.groups.Tuple.tuple("popular", true, false),
					org.assertj.core.groups.Tuple.tuple("display on local history.", false, false));
		ChangesSince.SectionChange fresh = changed.sections()
			.stream()
			.filter((c) -> c.section().id() == second.id())
			.findFirst()
			.orElseThrow();
		assertThat(fresh.text().wordsThen()).isZero();
		assertThat(fresh.text().diff()).singleElement().satisfies((piece) -> {
			assertThat(piece.text()).isEqualTo("Brand new text.");
			assertThat(piece.added()).isTrue();
		});
		assertThat(changed.evidence()).singleElement().satisfies((item) -> {
			assertThat(item.item().title()).isEqualTo("Committee minutes");
			assertThat(item.added()).isTrue();
		});
		assertThat(changed.goals()).extracting(PlanService.GoalChange::title, PlanService.GoalChange::kind)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("Learn cataloguing", PlanService.GoalChange.Kind.ADDED),
					org.assertj.core.groups.Tuple.tuple("First Aid course", PlanService.GoalChange.Kind.DONE));
	}

	@Test
	void withNoMeetingLoggedEverythingSinceThePortfolioStartedCounts() {
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		save(p.candidate(), p.id(), p.section(0), "Day one notes.", 0);
		this.evidence.add(p.candidate(), p.id(), details("Certificate"));

		ChangesSince.Changes changed = this.changes.sinceLastMeeting(p.candidate(), p.id());

		assertThat(changed.lastMeetingOn()).isNull();
		assertThat(changed.count()).isEqualTo(2);
	}

	@Test
	void aLineManagerAndAStrangerAreToldThePortfolioDoesNotExist() {
		SignedInUser stranger = this.scene.person("Stranger");
		Portfolio p = this.scene.candidate("Candidate").lineManager("Manager").portfolio("chartership");

		assertThatThrownBy(() -> this.changes.sinceLastMeeting(p.lineManager(), p.id()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.changes.sinceLastMeeting(stranger, p.id()))
			.isInstanceOf(PortfolioNotFoundException.class);
	}

	@Test
	void theQueriesDoNotGrowWithTheNumberOfChanges() throws Exception {
		SignedInUser candidate = this.scene.person("Candidate");
		long few = portfolioWithChanges(candidate, 1);
		long many = portfolioWithChanges(candidate, 3);

		long forFew = this.queries.count(() -> this.changes.sinceLastMeeting(candidate, few));
		long forMany = this.queries.count(() -> this.changes.sinceLastMeeting(candidate, many));

		assertThat(this.changes.sinceLastMeeting(candidate, many).count()).isEqualTo(3 + 6 + 3);
		assertThat(forMany).isEqualTo(forFew);
	}

	private long portfolioWithChanges(SignedInUser candidate, int n) {
		Portfolio opened = this.scene.candidate(candidate).portfolio("certification");
		long portfolio = opened.id();
		List<SectionView> sections = opened.sections();
		for (int i = 0; i < n; i++) {
			save(candidate, portfolio, sections.get(i), "Text number " + i, 0);
			this.evidence.add(candidate, portfolio, details("Item " + i));
			this.evidence.add(candidate, portfolio, details("Other item " + i));
			this.plan.add(candidate, portfolio, goal("Goal " + i, GoalStatus.PLANNED, null));
		}
		return portfolio;
	}

	@Test
	void preparingAMeetingAfterEverySectionWasRewrittenAtTheLargestSizeTakesAFractionOfASecond() {
		Portfolio p = this.scene.candidate("Prolific Candidate").portfolio("certification");
		List<SectionView> sections = this.scene.sections(p).subList(0, 3);
		java.util.Random random = new java.util.Random(11);
		List<Long> versions = new java.util.ArrayList<>();
		for (SectionView section : sections) {
			versions.add(save(p.candidate(), p.id(), section, largestText(random), 0));
		}
		this.clock.advance(Duration.ofDays(3));
		this.meetings.record(p.candidate(), p.id(),
				new MeetingService.Edit(
						new Meeting.Details(LocalDate.now(this.clock).minusDays(1), MeetingMode.VIDEO, "", null),
						List.of(), Set.of(), null));
		for (int i = 0; i < sections.size(); i++) {
			save(p.candidate(), p.id(), sections.get(i), largestText(random), versions.get(i));
		}

		long started = System.nanoTime();
		ChangesSince.Changes changed = this.changes.sinceLastMeeting(p.candidate(), p.id());
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(changed.sections()).hasSize(3).allSatisfy((change) -> assertThat(change.text().diff()).isNotEmpty());
		// Coarse, for a busy machine: the quadratic comparison this replaced took minutes
		// on such texts.
		assertThat(took).isLessThan(Duration.ofSeconds(5));
	}

	/** Paragraphs of random words, as long as the editor allows. */
	private static String largestText(java.util.Random random) {
		StringBuilder text = new StringBuilder();
		while (true) {
			StringBuilder paragraph = new StringBuilder();
			for (int i = 0, words = 20 + random.nextInt(80); i < words; i++) {
				paragraph.append(i == 0 ? "" : " ").append("w").append(random.nextInt(5000));
			}
			if (text.length() + paragraph.length() + 2 > 100_000) {
				return text.toString();
			}
			text.append(text.isEmpty() ? "" : "\n\n").append(paragraph);
		}
	}

	private long save(SignedInUser user, long portfolio, SectionView section, String body, long version) {
		WritingService.SaveResult result = this.writing.save(user, portfolio, section.id(), body, version, false);
		return ((WritingService.Saved) result).version();
	}

	private static EvidenceService.EvidenceDetails details(String title) {
		return evidence(title).build();
	}

	private static PlanService.GoalEdit goal(String title, GoalStatus status, Long version) {
		return GoalEditBuilder.goal(title)
			.status(status)
			.outcome((status == GoalStatus.DONE) ? "Passed the course." : "")
			.version(version)
			.build();
	}

}
