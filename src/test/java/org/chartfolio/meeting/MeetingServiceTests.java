package org.chartfolio.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
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
	private Fixtures fixtures;

	@Autowired
	private MutableClock clock;

	private SignedInUser candidate;

	private SignedInUser mentor;

	private SignedInUser manager;

	private long portfolio;

	@BeforeEach
	void portfolioWithMentorAndLineManager() {
		this.candidate = this.fixtures.person("Candidate");
		this.mentor = this.fixtures.person("Mentor");
		this.manager = this.fixtures.person("Manager");
		this.portfolio = this.fixtures.portfolio(this.candidate, "chartership");
		this.memberships.join(this.portfolio, this.mentor, PortfolioRole.MENTOR);
		this.memberships.join(this.portfolio, this.manager, PortfolioRole.LINE_MANAGER);
	}

	@Test
	void theMentorLogsAMeetingThatTheCandidateReadsAndEditsAndBothTickActionsOff() {
		LocalDate today = LocalDate.now(this.clock);
		long id = this.meetings.record(this.mentor, this.portfolio,
				edit(today, "Talked about criterion 2.", today.plusWeeks(4), null, "Draft criterion 2", "Ask for minutes"));

		MeetingService.MeetingView seen = this.meetings.meeting(this.candidate, this.portfolio, id);
		assertThat(seen.recordedByName()).isEqualTo("Mentor");
		assertThat(seen.mode()).isEqualTo(MeetingMode.VIDEO);
		assertThat(seen.nextMeetingOn()).isEqualTo(today.plusWeeks(4));
		assertThat(seen.actions()).extracting(MeetingService.ActionView::text)
			.containsExactly("Draft criterion 2", "Ask for minutes");

		long draft = seen.actions().get(0).id();
		this.meetings.mark(this.candidate, this.portfolio, draft, true);
		assertThat(this.meetings.meeting(this.mentor, this.portfolio, id).actions().get(0))
			.satisfies((action) -> assertThat(action.done()).isTrue())
			.satisfies((action) -> assertThat(action.doneByName()).isEqualTo("Candidate"));
		this.meetings.mark(this.mentor, this.portfolio, draft, false);
		assertThat(this.meetings.meeting(this.candidate, this.portfolio, id).openActions()).isEqualTo(2);

		MeetingService.MeetingView current = this.meetings.meeting(this.candidate, this.portfolio, id);
		this.meetings.update(this.candidate, this.portfolio, id, edit(today, "Talked about criterion 2 and 3.", null,
				current.version(), "Draft criterion 2 and 3"));
		MeetingService.MeetingView edited = this.meetings.meeting(this.mentor, this.portfolio, id);
		assertThat(edited.notes()).isEqualTo("Talked about criterion 2 and 3.");
		assertThat(edited.nextMeetingOn()).isNull();
		assertThat(edited.actions()).extracting(MeetingService.ActionView::text)
			.containsExactly("Draft criterion 2", "Ask for minutes", "Draft criterion 2 and 3");
	}

	@Test
	void openActionsAreCarriedToTheNextMeetingUntilTickedOff() {
		LocalDate today = LocalDate.now(this.clock);
		long first = this.meetings.record(this.mentor, this.portfolio,
				edit(today.minusWeeks(4), "", null, null, "Book the First Aid course", "Read the PKSB guidance"));
		List<MeetingService.ActionView> agreed = this.meetings.meeting(this.mentor, this.portfolio, first).actions();
		assertThat(this.meetings.form(this.candidate, this.portfolio, null).carried())
			.extracting(MeetingService.ActionView::text)
			.containsExactly("Book the First Aid course", "Read the PKSB guidance");

		MeetingService.Edit second = new MeetingService.Edit(
				new Meeting.Details(today, MeetingMode.IN_PERSON, "Second meeting", null),
				List.of(new Meeting.ActionLine(null, "Write criterion 1", false)), Set.of(agreed.get(0).id()), null);
		long secondId = this.meetings.record(this.candidate, this.portfolio, second);

		MeetingService.Page page = this.meetings.page(this.mentor, this.portfolio, secondId);
		assertThat(page.carried()).extracting(MeetingService.ActionView::text).containsExactly("Read the PKSB guidance");
		assertThat(page.carried().get(0).carriedOver()).isTrue();
		assertThat(this.meetings.prepare(this.candidate, this.portfolio).openActions())
			.extracting(MeetingService.ActionView::text)
			.containsExactly("Read the PKSB guidance", "Write criterion 1");
		assertThat(this.meetings.page(this.mentor, this.portfolio, first).carried()).isEmpty();
	}

	@Test
	void aStaleEditIsRefusedAndTickingAnActionMakesAnOpenFormStale() {
		LocalDate today = LocalDate.now(this.clock);
		long id = this.meetings.record(this.mentor, this.portfolio, edit(today, "Notes", null, null, "One action"));
		MeetingService.MeetingView opened = this.meetings.meeting(this.candidate, this.portfolio, id);

		this.meetings.mark(this.mentor, this.portfolio, opened.actions().get(0).id(), true);

		assertThatThrownBy(() -> this.meetings.update(this.candidate, this.portfolio, id,
				edit(today, "My notes", null, opened.version(), "")))
			.isInstanceOf(StaleEditException.class);
		MeetingService.MeetingView after = this.meetings.meeting(this.candidate, this.portfolio, id);
		assertThat(after.notes()).isEqualTo("Notes");
		assertThat(after.actions()).hasSize(1).allSatisfy((action) -> assertThat(action.done()).isTrue());
	}

	@Test
	void badDatesAreRefusedWithTheFieldTheyConcern() {
		LocalDate today = LocalDate.now(this.clock);
		assertThatThrownBy(() -> this.meetings.record(this.candidate, this.portfolio, edit(today.plusDays(1), "", null, null)))
			.isInstanceOfSatisfying(FieldProblem.class, (p) -> assertThat(p.field()).isEqualTo("heldOn"));
		assertThatThrownBy(() -> this.meetings.record(this.candidate, this.portfolio, edit(today, "", today, null)))
			.isInstanceOfSatisfying(FieldProblem.class, (p) -> assertThat(p.field()).isEqualTo("nextMeetingOn"));
		assertThat(this.meetings.log(this.candidate, this.portfolio).meetings()).isEmpty();
	}

	@Test
	void aDeletedMeetingIsKeptWithItsActionsAndCanBeRestored() {
		LocalDate today = LocalDate.now(this.clock);
		long id = this.meetings.record(this.mentor, this.portfolio, edit(today, "Notes", null, null, "Keep me"));

		this.meetings.delete(this.candidate, this.portfolio, id);
		MeetingService.Log log = this.meetings.log(this.mentor, this.portfolio);
		assertThat(log.meetings()).isEmpty();
		assertThat(log.openActions()).isEmpty();
		assertThat(log.deleted()).extracting(MeetingService.DeletedMeeting::id).containsExactly(id);
		assertThatThrownBy(() -> this.meetings.page(this.candidate, this.portfolio, id))
			.isInstanceOf(PortfolioNotFoundException.class);

		this.meetings.restore(this.mentor, this.portfolio, id);
		assertThat(this.meetings.meeting(this.candidate, this.portfolio, id).actions())
			.extracting(MeetingService.ActionView::text)
			.containsExactly("Keep me");
	}

	@Test
	void aLineManagerAStrangerAndAFormerMentorFindNoMeetings() {
		LocalDate today = LocalDate.now(this.clock);
		SignedInUser stranger = this.fixtures.person("Stranger");
		long id = this.meetings.record(this.candidate, this.portfolio, edit(today, "Private notes", null, null, "Act"));
		long action = this.meetings.meeting(this.candidate, this.portfolio, id).actions().get(0).id();

		for (SignedInUser outsider : List.of(this.manager, stranger)) {
			assertThatThrownBy(() -> this.meetings.log(outsider, this.portfolio)).isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.page(outsider, this.portfolio, id)).isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.prepare(outsider, this.portfolio)).isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.record(outsider, this.portfolio, edit(today, "", null, null)))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.mark(outsider, this.portfolio, action, true))
				.isInstanceOf(PortfolioNotFoundException.class);
			assertThatThrownBy(() -> this.meetings.delete(outsider, this.portfolio, id))
				.isInstanceOf(PortfolioNotFoundException.class);
		}

		long membership = this.memberships.members(this.candidate, this.portfolio)
			.stream()
			.filter((m) -> m.role() == PortfolioRole.MENTOR)
			.findFirst()
			.orElseThrow()
			.id();
		this.memberships.end(this.candidate, this.portfolio, membership);
		assertThatThrownBy(() -> this.meetings.page(this.mentor, this.portfolio, id))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThat(this.meetings.meeting(this.candidate, this.portfolio, id).actions()).hasSize(1)
			.allSatisfy((a) -> assertThat(a.done()).isFalse());
	}

	@Test
	void aMeetingOrActionOfAnotherPortfolioIsNotFound() {
		LocalDate today = LocalDate.now(this.clock);
		SignedInUser other = this.fixtures.person("Other");
		long otherPortfolio = this.fixtures.portfolio(other, "certification");
		long theirs = this.meetings.record(other, otherPortfolio, edit(today, "", null, null, "Theirs"));
		long theirAction = this.meetings.meeting(other, otherPortfolio, theirs).actions().get(0).id();

		assertThatThrownBy(() -> this.meetings.page(this.candidate, this.portfolio, theirs))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.meetings.mark(this.mentor, this.portfolio, theirAction, true))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThat(this.meetings.meeting(other, otherPortfolio, theirs).openActions()).isEqualTo(1);
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
