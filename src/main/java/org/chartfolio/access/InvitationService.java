package org.chartfolio.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.MembershipRefusedException;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioMember;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.Refusal;
import org.chartfolio.system.SecretTokens;
import org.chartfolio.system.SiteAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations, the memberships they lead to, and the log of both. Only the candidate
 * invites, renews, revokes and ends access; anybody signed in who holds a working link
 * may accept or decline it, except the candidate themselves.
 */
@Service
@RequiredArgsConstructor
class InvitationService {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final Invitations invitations;

	private final AccessActivities activities;

	private final PortfolioAccess access;

	private final PortfolioMemberships memberships;

	private final Clock clock;

	private final SiteAddress site;

	private final ApplicationEventPublisher events;

	/**
	 * A new invitation with the only copy of its token and the absolute link made of it,
	 * for the candidate to pass on (and, where a mail server is configured, emailed to
	 * the address).
	 */
	/** A link just made, with what the message to paste into an email says about it. */
	record Created(long invitationId, String token, String link, String email, PortfolioRole role,
			String portfolioTitle, String inviterName, Instant expiresAt) {
	}

	/** An invitation still waiting for an answer, as the people page lists it. */
	record OpenInvitation(long id, String email, PortfolioRole role, Instant expiresAt, boolean expired) {
	}

	/**
	 * What the person opening a link sees, including the address the invitation was sent
	 * to.
	 */
	record Offer(String inviterName, String portfolioTitle, PortfolioRole role, String invitedEmail, String problem) {

		public boolean usable() {
			return this.problem == null;
		}

		/**
		 * Whether this person signs in with another address than the one invited, so must
		 * confirm.
		 */
		public boolean forAnotherAddress(SignedInUser person) {
			return person != null && !this.invitedEmail.equalsIgnoreCase(person.email());
		}

	}

	record Activity(String actorName, AccessActivity.Action action, PortfolioRole role, String subject,
			Instant happenedAt) {
	}

	/** Everything the people page shows. */
	record People(PortfolioRef portfolio, List<PortfolioMember> members, List<OpenInvitation> invitations,
			List<Activity> activity) {
	}

	@Transactional(readOnly = true)
	People people(SignedInUser owner, long portfolioId) {
		PortfolioRef portfolio = this.access.writable(owner, portfolioId);
		Instant now = this.clock.instant();
		List<OpenInvitation> open = this.invitations
			.findByPortfolioIdAndStateOrderByCreatedAtDesc(portfolioId, Invitation.State.OPEN)
			.stream()
			.map((i) -> new OpenInvitation(i.getId(), i.getEmail(), i.getRole(), i.getExpiresAt(), i.isExpiredAt(now)))
			.toList();
		List<Activity> activity = this.activities.findByPortfolioIdOrderByHappenedAtDescIdDesc(portfolioId)
			.stream()
			.map((a) -> new Activity(a.getActorName(), a.getAction(), a.getRole(), a.getSubject(), a.getHappenedAt()))
			.toList();
		return new People(portfolio, this.memberships.members(owner, portfolioId), open, activity);
	}

	@Transactional
	Created invite(SignedInUser owner, long portfolioId, String email, PortfolioRole role) {
		PortfolioRef portfolio = this.access.writable(owner, portfolioId);
		String address = (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
		if (!EMAIL.matcher(address).matches() || address.length() > 254) {
			throw new FieldProblem("email", "people.invite.email.invalid");
		}
		if (role == null || role == PortfolioRole.OWNER) {
			throw new FieldProblem("role", "people.invite.role.required");
		}
		if (address.equals(owner.email())) {
			throw new FieldProblem("email", "people.invite.email.self");
		}
		String token = SecretTokens.newToken();
		Instant now = this.clock.instant();
		Invitation invitation = this.invitations.save(new Invitation(portfolioId, owner.id(), owner.getDisplayName(),
				portfolio.title(), address, role, SecretTokens.hash(token), now));
		log(portfolioId, owner.getDisplayName(), AccessActivity.Action.INVITED, role, address, now);
		return issued(invitation, token);
	}

	/**
	 * Resending: the old link stops working and a new one works for another fortnight.
	 */
	@Transactional
	Created replaceLink(SignedInUser owner, long portfolioId, long invitationId) {
		Invitation invitation = ownInvitation(owner, portfolioId, invitationId);
		String token = SecretTokens.newToken();
		Instant now = this.clock.instant();
		invitation.replaceToken(SecretTokens.hash(token), now);
		log(portfolioId, owner.getDisplayName(), AccessActivity.Action.LINK_REPLACED, invitation.getRole(),
				invitation.getEmail(), now);
		return issued(invitation, token);
	}

	/**
	 * Tells whoever listens (the notification module emails it) that a link exists,
	 * inside this transaction.
	 */
	private Created issued(Invitation invitation, String token) {
		String link = this.site.absolute("/invitations/" + token);
		this.events.publishEvent(new InvitationIssued(invitation.getId(), invitation.getPortfolioId(),
				invitation.getPortfolioTitle(), invitation.getInviterName(), invitation.getEmail(),
				invitation.getRole(), link, invitation.getExpiresAt()));
		return new Created(invitation.getId(), token, link, invitation.getEmail(), invitation.getRole(),
				invitation.getPortfolioTitle(), invitation.getInviterName(), invitation.getExpiresAt());
	}

	@Transactional
	void revoke(SignedInUser owner, long portfolioId, long invitationId) {
		Invitation invitation = ownInvitation(owner, portfolioId, invitationId);
		Instant now = this.clock.instant();
		invitation.revoke(now);
		log(portfolioId, owner.getDisplayName(), AccessActivity.Action.INVITATION_REVOKED, invitation.getRole(),
				invitation.getEmail(), now);
		closed(invitation, InvitationClosed.Outcome.REVOKED, now);
	}

	@Transactional
	PortfolioMember endAccess(SignedInUser owner, long portfolioId, long membershipId) {
		PortfolioMember member = this.memberships.end(owner, portfolioId, membershipId);
		log(portfolioId, owner.getDisplayName(), AccessActivity.Action.ACCESS_ENDED, member.role(), member.name(),
				this.clock.instant());
		return member;
	}

	/**
	 * What a link offers, or why it no longer works; a link that never existed is not
	 * found.
	 */
	@Transactional(readOnly = true)
	Offer offer(String token) {
		Invitation invitation = byToken(token);
		return new Offer(invitation.getInviterName(), invitation.getPortfolioTitle(), invitation.getRole(),
				invitation.getEmail(), invitation.problemAt(this.clock.instant()));
	}

	/**
	 * Accepts the invitation; gives back the portfolio's id for the person to open. An
	 * invitation names its invitee: somebody signed in with another address must say they
	 * accept it all the same.
	 */
	@Transactional
	long accept(SignedInUser person, String token, boolean otherAddressConfirmed) {
		Invitation invitation = byToken(token);
		Instant now = this.clock.instant();
		if (!otherAddressConfirmed && person.id() != invitation.getInvitedBy()
				&& !invitation.getEmail().equalsIgnoreCase(person.email()) && invitation.problemAt(now) == null) {
			throw new Refusal("invitation.otherAddress");
		}
		invitation.accept(person.id(), now);
		try {
			this.memberships.join(invitation.getPortfolioId(), person, invitation.getRole());
		}
		catch (MembershipRefusedException refused) {
			throw new Refusal(refused.messageKey());
		}
		log(invitation.getPortfolioId(), person.getDisplayName(), AccessActivity.Action.ACCEPTED, invitation.getRole(),
				invitation.getEmail(), now);
		closed(invitation, InvitationClosed.Outcome.ACCEPTED, now);
		return invitation.getPortfolioId();
	}

	@Transactional
	void decline(SignedInUser person, String token) {
		Invitation invitation = byToken(token);
		Instant now = this.clock.instant();
		if (person.id() == invitation.getInvitedBy()) {
			throw new Refusal("invitation.own");
		}
		invitation.decline(now);
		log(invitation.getPortfolioId(), person.getDisplayName(), AccessActivity.Action.DECLINED, invitation.getRole(),
				invitation.getEmail(), now);
		closed(invitation, InvitationClosed.Outcome.DECLINED, now);
	}

	/**
	 * Tells whoever listens that the invitation no longer waits for an answer, inside
	 * this transaction.
	 */
	private void closed(Invitation invitation, InvitationClosed.Outcome outcome, Instant now) {
		this.events.publishEvent(new InvitationClosed(invitation.getId(), invitation.getPortfolioId(), outcome, now));
	}

	private Invitation ownInvitation(SignedInUser owner, long portfolioId, long invitationId) {
		this.access.writable(owner, portfolioId);
		return this.invitations.findById(invitationId)
			.filter((i) -> i.getPortfolioId() == portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	private Invitation byToken(String token) {
		return this.invitations.findByTokenHash(SecretTokens.hash(String.valueOf(token)))
			.orElseThrow(() -> new Refusal("invitation.unknown"));
	}

	private void log(long portfolioId, String actor, AccessActivity.Action action, PortfolioRole role, String subject,
			Instant now) {
		this.activities.save(new AccessActivity(portfolioId, actor, action, role, subject, now));
	}

}
