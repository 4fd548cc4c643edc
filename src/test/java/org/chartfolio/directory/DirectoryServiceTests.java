package org.chartfolio.directory;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.MembershipRefusedException;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.QueryCounter;
import org.chartfolio.support.TestFiles;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.Refusal;
import org.chartfolio.system.StaleEditException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@IntegrationTest
@RecordApplicationEvents
class DirectoryServiceTests {

	@Autowired
	private DirectoryService directory;

	@Autowired
	private DirectoryListing directoryListing;

	@Autowired
	private MentorRequesting requesting;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private PortfolioAccess access;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private QueryCounter queries;

	@Test
	void aPersonListsThemselvesEditsPausesResumesAndRemovesTheirListing() {
		SignedInUser mentor = this.fixtures.person("Grace Mentor");
		SignedInUser candidate = this.fixtures.person("Candidate");
		assertThat(this.directoryListing.myListing(mentor)).isEmpty();

		this.directory.saveListing(mentor, details(Region.WALES, Sector.HEALTH, 2), 0);
		DirectoryService.MyListing listing = this.directoryListing.myListing(mentor).orElseThrow();
		assertThat(listing.region()).isEqualTo(Region.WALES);
		assertThat(listing.active()).isTrue();
		assertThat(names(this.directoryListing.browse(candidate, Region.WALES, Sector.HEALTH, null)))
			.contains("Grace Mentor");

		this.directory.saveListing(mentor, details(Region.SCOTLAND, Sector.HEALTH, 3), listing.version());
		assertThat(this.directoryListing.myListing(mentor).orElseThrow().capacity()).isEqualTo(3);
		assertThatThrownBy(
				() -> this.directory.saveListing(mentor, details(Region.LONDON, Sector.HEALTH, 3), listing.version()))
			.isInstanceOf(StaleEditException.class);
		assertThat(this.directoryListing.myListing(mentor).orElseThrow().region()).isEqualTo(Region.SCOTLAND);

		this.directoryListing.pause(mentor);
		assertThat(names(this.directoryListing.browse(candidate, Region.SCOTLAND, Sector.HEALTH, null)))
			.doesNotContain("Grace Mentor");
		this.directoryListing.resume(mentor);
		assertThat(names(this.directoryListing.browse(candidate, Region.SCOTLAND, Sector.HEALTH, null)))
			.contains("Grace Mentor");

		this.directoryListing.remove(mentor);
		assertThat(this.directoryListing.myListing(mentor)).isEmpty();
		assertThat(names(this.directoryListing.browse(candidate, Region.SCOTLAND, Sector.HEALTH, null)))
			.doesNotContain("Grace Mentor");
	}

	@Test
	void theListingItselfRefusesACapacityOutsideOneToTen() {
		SignedInUser mentor = this.fixtures.person("Mentor");
		assertThatThrownBy(() -> this.directory.saveListing(mentor, details(Region.LONDON, Sector.PUBLIC, 11), 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.directory.saveListing(mentor, details(Region.LONDON, Sector.PUBLIC, 0), 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.directoryListing.myListing(mentor)).isEmpty();
	}

	@Test
	void filtersByRegionAndSectorAndNeverListsTheCandidateThemselves() {
		SignedInUser candidate = this.fixtures.person("Candidate Self");
		this.directory.saveListing(candidate, details(Region.NORTH_EAST, Sector.PUBLIC, 2), 0);
		listed("NE Public", Region.NORTH_EAST, Sector.PUBLIC, 2);
		listed("NE Academic", Region.NORTH_EAST, Sector.ACADEMIC, 2);
		listed("NW Public", Region.NORTH_WEST, Sector.PUBLIC, 2);

		assertThat(names(this.directoryListing.browse(candidate, Region.NORTH_EAST, Sector.PUBLIC, null)))
			.contains("NE Public")
			.doesNotContain("NE Academic", "NW Public", "Candidate Self");
		assertThat(names(this.directoryListing.browse(candidate, Region.NORTH_EAST, null, null)))
			.contains("NE Public", "NE Academic")
			.doesNotContain("NW Public", "Candidate Self");
		assertThat(names(this.directoryListing.browse(candidate, null, Sector.PUBLIC, null)))
			.contains("NE Public", "NW Public")
			.doesNotContain("NE Academic", "Candidate Self");
	}

	@Test
	void mentorsFromAnotherSectorThanTheCandidatesComeFirst() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		listed("Aaron Same", Region.SOUTH_WEST, Sector.SCHOOL, 2);
		listed("Zoe Other", Region.SOUTH_WEST, Sector.LEGAL, 2);

		List<DirectoryService.MentorCard> said = this.directoryListing
			.browse(candidate, Region.SOUTH_WEST, null, Sector.SCHOOL)
			.mentors();
		List<String> names = said.stream().map(DirectoryService.MentorCard::name).toList();
		assertThat(names.indexOf("Zoe Other")).isLessThan(names.indexOf("Aaron Same"));
		assertThat(said.stream().filter((m) -> m.name().equals("Zoe Other")).findFirst().orElseThrow().otherSector())
			.isTrue();
		// Every mentor from another sector comes before every mentor from the candidate's
		// own.
		int lastOther = -1;
		int firstSame = names.size();
		for (int i = 0; i < said.size(); i++) {
			if (said.get(i).otherSector()) {
				lastOther = i;
			}
			else {
				firstSame = Math.min(firstSame, i);
			}
		}
		assertThat(lastOther).isLessThan(firstSame);

		// Without a sector, the candidate's own listing says it; without either, names
		// decide.
		SignedInUser mentorCandidate = this.fixtures.person("Listed Candidate");
		this.directory.saveListing(mentorCandidate, details(Region.WALES, Sector.SCHOOL, 1), 0);
		List<String> byOwnListing = names(this.directoryListing.browse(mentorCandidate, Region.SOUTH_WEST, null, null));
		assertThat(byOwnListing.indexOf("Zoe Other")).isLessThan(byOwnListing.indexOf("Aaron Same"));
		List<String> unsaid = names(this.directoryListing.browse(candidate, Region.SOUTH_WEST, null, null));
		assertThat(unsaid.indexOf("Aaron Same")).isLessThan(unsaid.indexOf("Zoe Other"));
	}

	@Test
	void fullMentorsAreHiddenAndCannotBeAsked() {
		SignedInUser mentor = listed("Full Mentor", Region.EAST_MIDLANDS, Sector.GOVERNMENT, 1);
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser mentee = this.fixtures.person("Mentee");
		long menteePortfolio = this.fixtures.portfolio(mentee, "chartership");
		assertThat(names(this.directoryListing.browse(candidate, Region.EAST_MIDLANDS, Sector.GOVERNMENT, null)))
			.contains("Full Mentor");

		this.memberships.join(menteePortfolio, mentor, PortfolioRole.MENTOR);

		assertThat(names(this.directoryListing.browse(candidate, Region.EAST_MIDLANDS, Sector.GOVERNMENT, null)))
			.doesNotContain("Full Mentor");
		assertThat(this.directoryListing.myListing(mentor).orElseThrow().full()).isTrue();
		long listingId = listingOf(mentor);
		long portfolioId = this.fixtures.portfolio(candidate, "certification");
		EvidenceSummary cv = cv(candidate, portfolioId);
		assertThatThrownBy(() -> this.requesting.send(candidate, listingId, portfolioId, cv.id(), "Hello", null))
			.isInstanceOf(Refusal.class)
			.hasMessage("directory.mentor.unavailable");
	}

	@Test
	void aRequestComesFromTheCandidatesOwnPortfolioWithACvItemThatHasAFile() {
		SignedInUser mentor = listed("Mentor", Region.LONDON, Sector.ACADEMIC, 3);
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser other = this.fixtures.person("Other");
		long listingId = listingOf(mentor);
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		long othersPortfolio = this.fixtures.portfolio(other, "chartership");
		EvidenceSummary cv = cv(candidate, portfolioId);
		EvidenceSummary note = this.evidence.add(candidate, portfolioId, evidence("A note without a file").build());
		EvidenceSummary othersCv = cv(other, othersPortfolio);

		assertThat(this.requesting.requestChoices(candidate, listingId).portfolios()).singleElement()
			.satisfies(
					(choice) -> assertThat(choice.cvItems()).extracting(EvidenceSummary::id).containsExactly(cv.id()));
		assertThatThrownBy(() -> this.requesting.send(candidate, listingId, othersPortfolio, othersCv.id(), "Hi", null))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.requesting.send(candidate, listingId, portfolioId, note.id(), "Hi", null))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("directory.request.cv.notInPortfolio");
		assertThatThrownBy(() -> this.requesting.send(candidate, listingId, portfolioId, othersCv.id(), "Hi", null))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("directory.request.cv.notInPortfolio");
		assertThatThrownBy(() -> this.requesting.send(mentor, listingId, othersPortfolio, othersCv.id(), "Hi", null))
			.isInstanceOf(Refusal.class)
			.hasMessage("directory.mentor.unavailable");

		long requestId = this.requesting.send(candidate, listingId, portfolioId, cv.id(), "Please mentor me",
				Sector.PUBLIC);

		assertThat(this.events.stream(MentorRequestEvent.class)).containsExactly(
				new MentorRequestEvent(MentorRequestEvent.Kind.SENT, requestId, portfolioId, candidate.id(),
						mentor.id(), this.events.stream(MentorRequestEvent.class).findFirst().orElseThrow().at()));
		assertThatThrownBy(() -> this.requesting.send(candidate, listingId, portfolioId, cv.id(), "Again", null))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("directory.request.portfolio.alreadyAsked");
		assertThat(this.requesting.requestChoices(candidate, listingId).portfolios()).isEmpty();
		DirectoryService.RequestDetails seen = this.requesting.request(mentor, requestId);
		assertThat(seen.message()).isEqualTo("Please mentor me");
		assertThat(seen.candidateSector()).isEqualTo(Sector.PUBLIC);
		assertThat(seen.cvFiles()).extracting(EvidenceService.SharedFile::name).containsExactly("cv.pdf");
		assertThat(this.directory.requestsWaiting(mentor)).isEqualTo(1);
	}

	@Test
	void acceptingMakesTheMentorThePortfoliosMentorAndLogsIt() {
		SignedInUser mentor = listed("Nadia Mentor", Region.LONDON, Sector.HEALTH, 3);
		SignedInUser candidate = this.fixtures.person("Sam Candidate");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		long requestId = requestFrom(candidate, mentor, portfolioId, "Hello");
		assertThatThrownBy(() -> this.access.readable(mentor, portfolioId))
			.isInstanceOf(PortfolioNotFoundException.class);

		this.requesting.accept(mentor, requestId);

		assertThat(this.access.roleOf(mentor, portfolioId)).isEqualTo(PortfolioRole.MENTOR);
		assertThat(this.requesting.request(candidate, requestId).summary().status())
			.isEqualTo(MentorRequest.Status.ACCEPTED);
		assertThat(this.jdbc
			.sql("select concat_ws('|', actor_name, action, role, subject) from access_activity where portfolio_id = ?")
			.param(portfolioId)
			.query(String.class)
			.list()).containsExactly("Nadia Mentor|DIRECTORY_REQUEST_ACCEPTED|MENTOR|Sam Candidate");
		assertThat(this.events.stream(MentorRequestEvent.class).map(MentorRequestEvent::kind))
			.containsExactly(MentorRequestEvent.Kind.SENT, MentorRequestEvent.Kind.ACCEPTED);
		assertThatThrownBy(() -> this.requesting.decline(mentor, requestId)).isInstanceOf(Refusal.class)
			.hasMessage("directory.request.closed");
		// The portfolio now has a mentor: it cannot ask another.
		SignedInUser second = listed("Second Mentor", Region.LONDON, Sector.HEALTH, 3);
		assertThatThrownBy(() -> requestFrom(candidate, second, portfolioId, "Hi")).isInstanceOf(FieldProblem.class)
			.hasMessageContaining("directory.request.portfolio.hasMentor");
	}

	@Test
	void whenThePortfolioRefusesTheMentorTheRequestStaysOpenAndSaysWhy() {
		SignedInUser first = listed("First", Region.WALES, Sector.PUBLIC, 3);
		SignedInUser second = listed("Second", Region.WALES, Sector.PUBLIC, 3);
		SignedInUser lineManager = listed("Line Manager", Region.WALES, Sector.PUBLIC, 3);
		SignedInUser candidate = this.fixtures.person("Candidate");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		long cvId = cv(candidate, portfolioId).id();
		long toFirst = this.requesting.send(candidate, listingOf(first), portfolioId, cvId, "Hi", null);
		long toSecond = this.requesting.send(candidate, listingOf(second), portfolioId, cvId, "Hi", null);
		long toManager = this.requesting.send(candidate, listingOf(lineManager), portfolioId, cvId, "Hi", null);
		this.memberships.join(portfolioId, lineManager, PortfolioRole.LINE_MANAGER);
		// The first mentor joins through an invitation instead, so the other requests are
		// still open.
		this.memberships.join(portfolioId, first, PortfolioRole.MENTOR);
		assertThat(this.requesting.request(first, toFirst).summary().open()).isTrue();

		assertThatThrownBy(() -> this.requesting.accept(second, toSecond)).isInstanceOf(Refusal.class)
			.hasMessage("directory.request.refused.roleTaken");
		assertThat(this.requesting.request(second, toSecond).summary().open()).isTrue();
		assertThatThrownBy(() -> this.requesting.accept(lineManager, toManager)).isInstanceOf(Refusal.class)
			.hasMessage("access.refused.bothRoles");
		assertThat(this.access.roleOf(lineManager, portfolioId)).isEqualTo(PortfolioRole.LINE_MANAGER);
		assertThatThrownBy(() -> this.memberships.join(portfolioId, second, PortfolioRole.MENTOR))
			.isInstanceOf(MembershipRefusedException.class);
	}

	@Test
	void acceptingOneRequestWithdrawsThePortfoliosOthersAndTheirMentorsHearSo() {
		SignedInUser first = listed("First Choice", Region.NORTH_WEST, Sector.ACADEMIC, 3);
		SignedInUser second = listed("Second Choice", Region.NORTH_WEST, Sector.ACADEMIC, 3);
		SignedInUser candidate = this.fixtures.person("Candidate");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		long cvId = cv(candidate, portfolioId).id();
		long toFirst = this.requesting.send(candidate, listingOf(first), portfolioId, cvId, "Hi", null);
		long toSecond = this.requesting.send(candidate, listingOf(second), portfolioId, cvId, "Hi", null);

		this.requesting.accept(first, toFirst);

		assertThat(this.requesting.request(second, toSecond).summary().status())
			.isEqualTo(MentorRequest.Status.WITHDRAWN);
		assertThat(this.directory.requestsWaiting(second)).isZero();
		assertThat(this.events.stream(MentorRequestEvent.class)
			.filter((e) -> e.requestId() == toSecond)
			.map(MentorRequestEvent::kind))
			.containsExactly(MentorRequestEvent.Kind.SENT, MentorRequestEvent.Kind.WITHDRAWN);
		assertThatThrownBy(() -> this.requesting.accept(second, toSecond)).isInstanceOf(Refusal.class)
			.hasMessage("directory.request.closed");
	}

	@Test
	void aMentorWhoseListingIsFullCannotAcceptAnotherRequest() {
		SignedInUser mentor = listed("Busy Mentor", Region.SCOTLAND, Sector.GOVERNMENT, 1);
		SignedInUser early = this.fixtures.person("Early Candidate");
		SignedInUser late = this.fixtures.person("Late Candidate");
		long earlyPortfolio = this.fixtures.portfolio(early, "chartership");
		long latePortfolio = this.fixtures.portfolio(late, "chartership");
		long fromEarly = requestFrom(early, mentor, earlyPortfolio, "Hi");
		long fromLate = requestFrom(late, mentor, latePortfolio, "Hi");

		this.requesting.accept(mentor, fromEarly);

		assertThatThrownBy(() -> this.requesting.accept(mentor, fromLate)).isInstanceOf(Refusal.class)
			.hasMessage("directory.request.refused.full");
		assertThat(this.requesting.request(mentor, fromLate).summary().open()).isTrue();
		assertThatThrownBy(() -> this.access.readable(mentor, latePortfolio))
			.isInstanceOf(PortfolioNotFoundException.class);
	}

	@Test
	void declineAndWithdrawCloseTheRequestAndTheCandidateSeesTheStatus() {
		SignedInUser mentor = listed("Mentor", Region.SOUTH_EAST, Sector.WORKPLACE, 3);
		SignedInUser candidate = this.fixtures.person("Candidate");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		long cvId = cv(candidate, portfolioId).id();
		long declined = this.requesting.send(candidate, listingOf(mentor), portfolioId, cvId, "Hi", null);

		this.requesting.decline(mentor, declined);
		assertThat(this.requesting.requests(candidate).sent()).singleElement()
			.satisfies((r) -> assertThat(r.status()).isEqualTo(MentorRequest.Status.DECLINED));
		assertNoSuchRequest(() -> this.requesting.cv(mentor, declined, 1));
		assertThat(this.requesting.request(mentor, declined).cvFiles()).isEmpty();

		long withdrawn = this.requesting.send(candidate, listingOf(mentor), portfolioId, cvId, "Once more", null);
		assertNoSuchRequest(() -> this.requesting.withdraw(mentor, withdrawn));
		this.requesting.withdraw(candidate, withdrawn);
		assertThat(this.requesting.requests(mentor).incoming()).extracting(DirectoryService.RequestSummary::status)
			.containsExactly(MentorRequest.Status.WITHDRAWN, MentorRequest.Status.DECLINED);
		assertThatThrownBy(() -> this.requesting.accept(mentor, withdrawn)).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> this.access.readable(mentor, portfolioId))
			.isInstanceOf(PortfolioNotFoundException.class);
	}

	@Test
	void nobodyButTheCandidateAndTheMentorSeesARequestOrItsCv() throws Exception {
		SignedInUser mentor = listed("Mentor", Region.SCOTLAND, Sector.ARCHIVES, 3);
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser stranger = this.fixtures.person("Stranger");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		long requestId = requestFrom(candidate, mentor, portfolioId, "Hi");
		long fileId = this.requesting.request(mentor, requestId).cvFiles().get(0).id();

		assertNoSuchRequest(() -> this.requesting.request(stranger, requestId));
		assertNoSuchRequest(() -> this.requesting.cv(stranger, requestId, fileId));
		assertNoSuchRequest(() -> this.requesting.cv(candidate, requestId, fileId));
		assertNoSuchRequest(() -> this.requesting.accept(stranger, requestId));
		assertNoSuchRequest(() -> this.requesting.accept(candidate, requestId));
		assertNoSuchRequest(() -> this.requesting.decline(stranger, requestId));
		assertNoSuchRequest(() -> this.requesting.withdraw(stranger, requestId));
		assertThat(this.requesting.requests(stranger).incoming()).isEmpty();
		assertThat(this.requesting.request(candidate, requestId).cvFiles()).isEmpty();
		try (var content = this.requesting.cv(mentor, requestId, fileId).content()) {
			assertThat(content.readAllBytes()).isEqualTo(TestFiles.PDF);
		}
		assertNoSuchRequest(() -> this.requesting.cv(mentor, requestId, fileId + 1000));
	}

	@Test
	void browsingTakesAsManyQueriesForTwelveMentorsAsForTwo() throws Exception {
		SignedInUser candidate = this.fixtures.person("Candidate");
		for (int i = 0; i < 2; i++) {
			listed("Few " + i, Region.YORKSHIRE_AND_THE_HUMBER, Sector.OTHER, 2);
		}
		for (int i = 0; i < 12; i++) {
			SignedInUser mentor = listed("Many " + i, Region.WEST_MIDLANDS, Sector.OTHER, 2);
			SignedInUser mentee = this.fixtures.person("Mentee");
			this.memberships.join(this.fixtures.portfolio(mentee, "chartership"), mentor, PortfolioRole.MENTOR);
		}

		long few = this.queries.count(() -> assertThat(
				this.directoryListing.browse(candidate, Region.YORKSHIRE_AND_THE_HUMBER, Sector.OTHER, Sector.PUBLIC)
					.mentors())
			.hasSize(2));
		long many = this.queries.count(() -> assertThat(
				this.directoryListing.browse(candidate, Region.WEST_MIDLANDS, Sector.OTHER, Sector.PUBLIC).mentors())
			.hasSize(12));

		assertThat(many).isEqualTo(few);
	}

	private SignedInUser listed(String name, Region region, Sector sector, int capacity) {
		SignedInUser mentor = this.fixtures.person(name);
		this.directory.saveListing(mentor, details(region, sector, capacity), 0);
		return mentor;
	}

	/** The call fails as if the request did not exist. */
	private static void assertNoSuchRequest(ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(MentorRequestNotFoundException.class);
	}

	/** The candidate asks this mentor, sending this portfolio's CV and this message. */
	private long requestFrom(SignedInUser candidate, SignedInUser mentor, long portfolioId, String message) {
		return this.requesting.send(candidate, listingOf(mentor), portfolioId, cv(candidate, portfolioId).id(), message,
				null);
	}

	private long listingOf(SignedInUser mentor) {
		return this.directoryListing.myListing(mentor).orElseThrow().id();
	}

	private EvidenceSummary cv(SignedInUser owner, long portfolioId) {
		return this.evidence.add(owner, portfolioId, evidence("Annotated CV").kind(EvidenceKind.DOCUMENT).build(),
				List.of(new EvidenceService.IncomingFile("cv.pdf", TestFiles.PDF.length,
						new ByteArrayResource(TestFiles.PDF))));
	}

	private static DirectoryService.ListingDetails details(Region region, Sector sector, int capacity) {
		return new DirectoryService.ListingDetails(region, sector, capacity, "I have mentored for ten years.");
	}

	private static List<String> names(DirectoryService.Browse browse) {
		return browse.mentors().stream().map(DirectoryService.MentorCard::name).toList();
	}

}
