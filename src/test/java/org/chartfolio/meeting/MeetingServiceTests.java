package org.chartfolio.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRole;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class MeetingServiceTests {

	@Autowired
	private MeetingService meetings;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	private Portfolio portfolio;

	@BeforeEach
	void portfolioWithMentorAndLineManager() {
		this.portfolio = this.scene.candidate("Candidate")
			.mentor("Mentor")
			.lineManager("Manager")
			.portfolio("chartership");
	}

	@Test
	void theMentorLogsAMeetingThatTheCandidateReadsAndEditsAndBothTickActionsOff() {
		LocalDate today = LocalDate.now(this.clock);
		long id = this.meetings.record(this.portfolio.mentor(), this.portfolio.id(), edit(today,
				"Talked about criterion 2.", today.plusWeeks(4), null, "Draft criterion 2", "Ask for minutes"));

		MeetingService.MeetingView seen = this.meetings.meeting(this.portfolio.candidate(), this.portfolio.id(), id);
		assertThat(seen.recordedByName()).isEqualTo("Mentor");
		assertThat(seen.mode()).isEqualTo(MeetingMode.VIDEO);
		assertThat(seen.nextMeetingOn()).isEqualTo(today.plusWeeks(4));
		assertThat(seen.actions()).extracting(MeetingService.ActionView::text)
			.containsExactly("Draft criterion 2", "Ask for minutes");

		long draft = seen.actions().get(0).id();
		this.meetings.mark(this.portfolio.candidate(), this.portfolio.id(), draft, true);
		assertThat(this.meetings.meeting(this.portfolio.mentor(), this.portfolio.id(), id).actions().get(0))
			.satisfies((action) -> assertThat(action.done()).isTrue())
			.satisfies((action) -> assertThat(action.doneByName()).isEqualTo("Candidate"));
		this.meetings.mark(this.portfolio.mentor(), this.portfolio.id(), draft, false);
		assertThat(this.meetings.meeting(this.portfolio.candidate(), this.portfolio.id(), id).openActions())
			.isEqualTo(2);

		MeetingService.MeetingView current = this.meetings.meeting(this.portfolio.candidate(), this.portfolio.id(), id);
		this.meetings.update(this.portfolio.candidate(), this.portfolio.id(), id,
				edit(today, "Talked about criterion 2 and 3.", null, current.version(), "Draft criterion 2 and 3"));
		MeetingService.MeetingView edited = this.meetings.meeting(this.portfolio.mentor(), this.portfolio.id(), id);
		assertThat(edited.notes()).isEqualTo("Talked about criterion 2 and 3.");
		assertThat(edited.nextMeetingOn()).isNull();
		assertThat(edited.actions()).extracting(MeetingService.ActionView::text)
			.containsExactly("Draft criterion 2", "Ask for minutes", "Draft criterion 2 and 3");
	}

	@Test
	void openActionsAreCarriedToTheNextMeetingUntilTickedOff() {
		LocalDate today = LocalDate.now(this.clock);
		long first = this.meetings.record(this.portfolio.mentor(), this.portfolio.id(),
				edit(today.minusWeeks(4), "", null, null, "Book the First Aid course", "Read the PKSB guidance"));
		List<MeetingService.ActionView> agreed = this.meetings
			.meeting(this.portfolio.mentor(), this.portfolio.id(), first)
			.actions();
		assertThat(this.meetings.form(this.portfolio.candidate(), this.portfolio.id(), null).carried())
			.extracting(MeetingService.ActionView::text)
			.containsExactly("Book the First Aid course", "Read the PKSB guidance");

		MeetingService.Edit second = new MeetingService.Edit(
				new Meeting.Details(today, MeetingMode.IN_PERSON, "Second meeting", null),
				List.of(new Meeting.ActionLine(null, "Write criterion 1", false)), Set.of(agreed.get(0).id()), null);
		long secondId = this.meetings.record(this.portfolio.candidate(), this.portfolio.id(), second);

		MeetingService.Page page = this.meetings.page(this.portfolio.mentor(), this.portfolio.id(), secondId);
		assertThat(page.carried()).extracting(MeetingService.ActionView::text)
			.containsExactly("Read the PKSB guidance");
		assertThat(page.carried().get(0).carriedOver()).isTrue();
		assertThat(this.meetings.prepare(this.portfolio.candidate(), this.portfolio.id()).openActions())
			.extracting(MeetingService.ActionView::text)
			.containsExactly("Read the PKSB guidance", "Write criterion 1");
		assertThat(this.meetings.page(this.portfolio.mentor(), this.portfolio.id(), first).carried()).isEmpty();
	}

	@Test
	void aStaleEditIsRefusedAndTickingAnActionMakesAnOpenFormStale() {
		LocalDate today = LocalDate.now(this.clock);
		long id = this.meetings.record(this.portfolio.mentor(), this.portfolio.id(),
				edit(today, "Notes", null, null, "One action"));
		MeetingService.MeetingView opened = this.meetings.meeting(this.portfolio.candidate(), this.portfolio.id(), id);

		this.meetings.mark(this.portfolio.mentor(), this.portfolio.id(), opened.actions().get(0).id(), true);

		assertThatThrownBy(() -> this.meetings.update(this.portfolio.candidate(), this.portfolio.id(), id,
				edit(today, "My notes", null, opened.version(), "")))
			.isInstanceOf(StaleEditException.class);
		MeetingService.MeetingView after = this.meetings.meeting(this.portfolio.candidate(), this.portfolio.id(), id);
		assertThat(after.notes()).isEqualTo("Notes");
		assertThat(after.actions()).hasSize(1).allSatisfy((action) -> assertThat(action.done()).isTrue());
	}

	@Test
	void badDatesAreRefusedWithTheFieldTheyConcern() {
		LocalDate today = LocalDate.now(this.clock);
		assertThatThrownBy(() -> this.meetings.record(this.portfolio.candidate(), this.portfolio.id(),
				edit(today.plusDays(1), "", null, null)))
			.isInstanceOfSatisfying(FieldProblem.class, (p) -> assertThat(p.field()).isEqualTo("heldOn"));
		assertThatThrownBy(() -> this.meetings.record(this.portfolio.candidate(), this.portfolio.id(),
				edit(today, "", today, null)))
			.isInstanceOfSatisfying(FieldProblem.class, (p) -> assertThat(p.field()).isEqualTo("nextMeetingOn"));
		assertThat(this.meetings.log(this.portfolio.candidate(), this.portfolio.id()).meetings()).isEmpty();
	}

	@Test
	void aDeletedMeetingIsKeptWithItsActionsAndCanBeRestored() {
		LocalDate today = LocalDate.now(this.clock);
		long id = this.meetings.record(this.portfolio.mentor(), this.portfolio.id(),
				edit(today, "Notes", null, null, "Keep me"));

		this.meetings.delete(this.portfolio.candidate(), this.portfolio.id(), id);
		MeetingService.Log log = this.meetings.log(this.portfolio.mentor(), this.portfolio.id());
		assertThat(log.meetings()).isEmpty();
		assertThat(log.openActions()).isEmpty();
		assertThat(log.deleted()).extracting(MeetingService.DeletedMeeting::id).containsExactly(id);
		assertThatThrownBy(() -> this.meetings.page(this.portfolio.candidate(), this.portfolio.id(), id))
			.isInstanceOf(PortfolioNotFoundException.class);

		this.meetings.restore(this.portfolio.mentor(), this.portfolio.id(), id);
		assertThat(this.meetings.meeting(this.portfolio.candidate(), this.portfolio.id(), id).actions())
			.extracting(MeetingService.ActionView::text)
			.containsExactly("Keep me");
	}

	@Test
	void aLineManagerAStrangerAndAFormerMentorFindNoMeetings() {
		LocalDate today = LocalDate.now(this.clock);
		SignedInUser stranger = this.scene.person("Stranger");
		long id = this.meetings.record(this.portfolio.candidate(), this.portfolio.id(),
				edit(today, "Private notes", null, null, "Act"));
		long action = this.meetings.meeting(this.portfolio.candidate(), this.portfolio.id(), id).actions().get(0).id();

		for (SignedInUser outsider : List.of(this.portfolio.lineManager(), stranger)) {
			assertThatThrownBy(() -> this.meetings.log(outsider, this.portfolio.id()))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.page(outsider, this.portfolio.id(), id))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.prepare(outsider, this.portfolio.id()))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.record(outsider, this.portfolio.id(), edit(today, "", null, null)))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.mark(outsider, this.portfolio.id(), action, true))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.delete(outsider, this.portfolio.id(), id))
				.isInstanceOf(PortfolioNotFoundException.class);
		}

		long membership = this.memberships.members(this.portfolio.candidate(), this.portfolio.id())
			.stream()
			.filter((m) -> m.role() == PortfolioRole.MENTOR)
			.findFirst()
			.orElseThrow()
			.id();
		this.memberships.end(this.portfolio.candidate(), this.portfolio.id(), membership);
		assertThatThrownBy(() -> this.meetings.page(this.portfolio.mentor(), this.portfolio.id(), id))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThat(this.meetings.meeting(this.portfolio.candidate(), this.portfolio.id(), id).actions()).hasSize(1)
			.allSatisfy((a) -> assertThat(a.done()).isFalse());
	}

	@Test
	void aMeetingOrActionOfAnotherPortfolioIsNotFound() {
		LocalDate today = LocalDate.now(this.clock);
		Portfolio p = this.scene.candidate("Other").portfolio("certification");
		long theirs = this.meetings.record(p.candidate(), p.id(), edit(today, "", null, null, "Theirs"));
		long theirAction = this.meetings.meeting(p.candidate(), p.id(), theirs).actions().get(0).id();

		assertThatThrownBy(() -> this.meetings.page(this.portfolio.candidate(), this.portfolio.id(), theirs))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.meetings.mark(this.portfolio.mentor(), this.portfolio.id(), theirAction, true))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThat(this.meetings.meeting(p.candidate(), p.id(), theirs).openActions()).isEqualTo(1);
	}

	private static MeetingService.Edit edit(LocalDate heldOn, String notes, LocalDate next, Long version,
			String... actions) {
		List<Meeting.ActionLine> lines = new ArrayList<>();
		for (String action : actions) {
			lines.add(new Meeting.ActionLine(null, action, false));
		}
		return new MeetingService.Edit(new Meeting.Details(heldOn, MeetingMode.VIDEO, notes, next), lines, Set.of(),
				version);
	}

}
