package org.chartfolio.access;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.system.Refusal;
import org.chartfolio.system.SecretTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class InvitationServiceTests {

	@Autowired
	private InvitationService invitations;

	@Autowired
	private PortfolioAccess access;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theTokenIsRandomUrlSafeAndStoredOnlyAsItsHash() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");

		InvitationService.Created first = this.invitations.invite(candidate, portfolioId, "Mentor@Example.org",
				PortfolioRole.MENTOR);
		InvitationService.Created second = this.invitations.invite(candidate, portfolioId, "boss@example.org",
				PortfolioRole.LINE_MANAGER);

		assertThat(first.token()).matches("[A-Za-z0-9_-]{43,}").isNotEqualTo(second.token());
		List<String> stored = this.jdbc.sql(
				"select concat_ws('|', token_hash, email, inviter_name, portfolio_title) from invitation where portfolio_id = ?")
			.param(portfolioId)
			.query(String.class)
			.list();
		assertThat(String.join("\n", stored)).doesNotContain(first.token())
			.doesNotContain(second.token())
			.contains(SecretTokens.hash(first.token()))
			.contains("mentor@example.org");
		long rawAnywhere = this.jdbc.sql("select count(*) from invitation i where position(? in i::text) > 0")
			.param(first.token())
			.query(Long.class)
			.single();
		assertThat(rawAnywhere).isZero();
	}

	@Test
	void aLinkWorksForFourteenDaysAndThenSaysItHasExpired() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser mentor = this.fixtures.person("Mentor");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		String token = invitation(candidate, portfolioId, "m@example.org", PortfolioRole.MENTOR);

		this.clock.advance(Duration.ofDays(14).minusMinutes(1));
		assertThat(this.invitations.offer(token).usable()).isTrue();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.invitations.offer(token).problem()).isEqualTo("invitation.expired");
		assertProblem(() -> this.invitations.accept(mentor, token, true), "invitation.expired");
		assertNotFound(() -> this.access.readable(mentor, portfolioId));
	}

	@Test
	void aLinkIsUsedOnceAndAMentorMayThenReadButNotWrite() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser mentor = this.fixtures.person("Mentor");
		SignedInUser other = this.fixtures.person("Other");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		String token = invitation(candidate, portfolioId, "m@example.org", PortfolioRole.MENTOR);

		assertNotFound(() -> this.access.readable(mentor, portfolioId));
		this.invitations.accept(mentor, token, true);

		assertThat(this.access.readable(mentor, portfolioId).id()).isEqualTo(portfolioId);
		assertThat(this.access.progressVisible(mentor, portfolioId).id()).isEqualTo(portfolioId);
		assertThat(this.access.roleOf(mentor, portfolioId)).isEqualTo(PortfolioRole.MENTOR);
		assertThat(this.portfolios.view(mentor, portfolioId).summary().id()).isEqualTo(portfolioId);
		assertNotFound(() -> this.access.writable(mentor, portfolioId));
		assertThat(this.portfolios.portfoliosOf(mentor)).isEmpty();
		assertThat(this.portfolios.sharedWith(mentor)).singleElement().satisfies((shared) -> {
			assertThat(shared.summary().id()).isEqualTo(portfolioId);
			assertThat(shared.candidateName()).isEqualTo("Candidate");
			assertThat(shared.role()).isEqualTo(PortfolioRole.MENTOR);
		});

		assertThat(this.invitations.offer(token).problem()).isEqualTo("invitation.used");
		assertProblem(() -> this.invitations.accept(other, token, true), "invitation.used");
		assertProblem(() -> this.invitations.decline(other, token), "invitation.used");
	}

	@Test
	void aLineManagerSeesProgressButCannotReadTheWork() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser manager = this.fixtures.person("Manager");
		long portfolioId = this.fixtures.portfolio(candidate, "certification");
		this.invitations.accept(manager,
				invitation(candidate, portfolioId, "b@example.org", PortfolioRole.LINE_MANAGER), true);

		assertThat(this.access.progressVisible(manager, portfolioId).id()).isEqualTo(portfolioId);
		assertThat(this.access.roleOf(manager, portfolioId)).isEqualTo(PortfolioRole.LINE_MANAGER);
		assertNotFound(() -> this.access.readable(manager, portfolioId));
		assertNotFound(() -> this.portfolios.view(manager, portfolioId));
		assertNotFound(() -> this.portfolios.cpdRequirement(manager, portfolioId));
		assertThat(this.portfolios.sharedWith(manager)).singleElement()
			.satisfies((shared) -> assertThat(shared.role()).isEqualTo(PortfolioRole.LINE_MANAGER));
	}

	@Test
	void aPortfolioHasAtMostOneMentorAndOneLineManager() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser mentor = this.fixtures.person("Mentor");
		SignedInUser second = this.fixtures.person("Second mentor");
		SignedInUser manager = this.fixtures.person("Manager");
		SignedInUser secondManager = this.fixtures.person("Second manager");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		String first = invitation(candidate, portfolioId, "a@example.org", PortfolioRole.MENTOR);
		String another = invitation(candidate, portfolioId, "b@example.org", PortfolioRole.MENTOR);
		String boss = invitation(candidate, portfolioId, "c@example.org", PortfolioRole.LINE_MANAGER);
		String otherBoss = invitation(candidate, portfolioId, "d@example.org", PortfolioRole.LINE_MANAGER);

		this.invitations.accept(mentor, first, true);
		assertProblem(() -> this.invitations.accept(second, another, true), "access.refused.roleTaken");
		this.invitations.accept(manager, boss, true);
		assertProblem(() -> this.invitations.accept(secondManager, otherBoss, true), "access.refused.roleTaken");

		// The refused links still work once the role is free again.
		assertThat(this.invitations.offer(another).usable()).isTrue();
		long mentorship = this.invitations.people(candidate, portfolioId)
			.members()
			.stream()
			.filter((m) -> m.role() == PortfolioRole.MENTOR)
			.findFirst()
			.orElseThrow()
			.id();
		this.invitations.endAccess(candidate, portfolioId, mentorship);
		this.invitations.accept(second, another, true);
		assertThat(this.access.roleOf(second, portfolioId)).isEqualTo(PortfolioRole.MENTOR);
	}

	@Test
	void theSamePersonNeverHoldsBothRoles() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser person = this.fixtures.person("Both");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		String asMentor = invitation(candidate, portfolioId, "a@example.org", PortfolioRole.MENTOR);
		String asManager = invitation(candidate, portfolioId, "a@example.org", PortfolioRole.LINE_MANAGER);

		this.invitations.accept(person, asMentor, true);
		assertProblem(() -> this.invitations.accept(person, asManager, true), "access.refused.bothRoles");
		assertThat(this.access.roleOf(person, portfolioId)).isEqualTo(PortfolioRole.MENTOR);
	}

	@Test
	void theCandidateCannotAcceptOrDeclineTheirOwnInvitationNorInviteThemselves() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		String token = invitation(candidate, portfolioId, "m@example.org", PortfolioRole.MENTOR);

		assertProblem(() -> this.invitations.accept(candidate, token, true), "invitation.own");
		assertProblem(() -> this.invitations.decline(candidate, token), "invitation.own");
		assertThat(this.invitations.offer(token).usable()).isTrue();
		assertThatThrownBy(
				() -> this.invitations.invite(candidate, portfolioId, candidate.email(), PortfolioRole.MENTOR))
			.hasMessage("email: people.invite.email.self");
	}

	@Test
	void revokingOrReplacingALinkStopsTheOldOne() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser mentor = this.fixtures.person("Mentor");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		InvitationService.Created created = mentorInvited(candidate, portfolioId);

		this.clock.advance(Duration.ofDays(10));
		InvitationService.Created renewed = this.invitations.replaceLink(candidate, portfolioId,
				created.invitationId());
		assertProblem(() -> this.invitations.offer(created.token()), "invitation.unknown");
		this.clock.advance(Duration.ofDays(10));
		assertThat(this.invitations.offer(renewed.token()).usable()).as("a new link works for another fortnight")
			.isTrue();

		this.invitations.revoke(candidate, portfolioId, created.invitationId());
		assertThat(this.invitations.offer(renewed.token()).problem()).isEqualTo("invitation.revoked");
		assertProblem(() -> this.invitations.accept(mentor, renewed.token(), true), "invitation.revoked");
		assertThat(this.invitations.people(candidate, portfolioId).invitations()).isEmpty();
	}

	@Test
	void endingAccessTakesEffectAtOnceAndEveryChangeIsLoggedNewestFirst() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser mentor = this.fixtures.person("Mentor");
		SignedInUser decliner = this.fixtures.person("Decliner");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		InvitationService.Created invited = mentorInvited(candidate, portfolioId);
		this.clock.advance(Duration.ofMinutes(1));
		String token = this.invitations.replaceLink(candidate, portfolioId, invited.invitationId()).token();
		this.clock.advance(Duration.ofMinutes(1));
		this.invitations.accept(mentor, token, true);
		this.clock.advance(Duration.ofMinutes(1));
		String declined = invitation(candidate, portfolioId, "x@example.org", PortfolioRole.LINE_MANAGER);
		this.clock.advance(Duration.ofMinutes(1));
		this.invitations.decline(decliner, declined);
		this.clock.advance(Duration.ofMinutes(1));
		long revokedId = this.invitations.invite(candidate, portfolioId, "y@example.org", PortfolioRole.LINE_MANAGER)
			.invitationId();
		this.clock.advance(Duration.ofMinutes(1));
		this.invitations.revoke(candidate, portfolioId, revokedId);
		this.clock.advance(Duration.ofMinutes(1));

		long membershipId = this.invitations.people(candidate, portfolioId).members().get(0).id();
		this.invitations.endAccess(candidate, portfolioId, membershipId);

		assertNotFound(() -> this.access.readable(mentor, portfolioId));
		assertNotFound(() -> this.access.progressVisible(mentor, portfolioId));
		assertThat(this.portfolios.sharedWith(mentor)).isEmpty();
		InvitationService.People people = this.invitations.people(candidate, portfolioId);
		assertThat(people.members()).isEmpty();
		assertThat(people.activity()).extracting(InvitationService.Activity::action)
			.containsExactly(AccessActivity.Action.ACCESS_ENDED, AccessActivity.Action.INVITATION_REVOKED,
					AccessActivity.Action.INVITED, AccessActivity.Action.DECLINED, AccessActivity.Action.INVITED,
					AccessActivity.Action.ACCEPTED, AccessActivity.Action.LINK_REPLACED, AccessActivity.Action.INVITED);
		assertThat(people.activity().get(0).actorName()).isEqualTo("Candidate");
		assertThat(people.activity().get(0).subject()).isEqualTo("Mentor");
		assertThat(people.activity().get(3).actorName()).isEqualTo("Decliner");
	}

	@Test
	void onlyTheCandidateManagesPeople() {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser mentor = this.fixtures.person("Mentor");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		InvitationService.Created created = mentorInvited(candidate, portfolioId);
		this.invitations.accept(mentor, created.token(), true);

		assertNotFound(() -> this.invitations.people(mentor, portfolioId));
		assertNotFound(() -> this.invitations.invite(mentor, portfolioId, "z@example.org", PortfolioRole.LINE_MANAGER));
		long membershipId = this.invitations.people(candidate, portfolioId).members().get(0).id();
		assertNotFound(() -> this.invitations.endAccess(mentor, portfolioId, membershipId));
	}

	/** The call fails as if the portfolio did not exist. */
	private static void assertNotFound(ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(PortfolioNotFoundException.class);
	}

	private static void assertProblem(ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
				(problem) -> assertThat(problem.messageKey()).isEqualTo(key));
	}

	/** The candidate invites a mentor at m@example.org; the invitation as made. */
	private InvitationService.Created mentorInvited(SignedInUser candidate, long portfolioId) {
		return this.invitations.invite(candidate, portfolioId, "m@example.org", PortfolioRole.MENTOR);
	}

	/** The candidate invites this address in this role; the invitation link's token. */
	private String invitation(SignedInUser candidate, long portfolioId, String email, PortfolioRole role) {
		return this.invitations.invite(candidate, portfolioId, email, role).token();
	}

}
