package org.chartfolio.portfolio;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who supports a portfolio besides its candidate. Joining is for the invitations module
 * to call once it has checked an invitation; listing and ending access are for the
 * candidate alone.
 */
@Service
@RequiredArgsConstructor
public class PortfolioMemberships {

	private final Portfolios portfolios;

	private final Memberships memberships;

	private final PortfolioAccess access;

	private final AccountService accounts;

	private final Clock clock;

	/**
	 * Makes the person the portfolio's mentor or line manager. Refused for the candidate,
	 * when the role is already held, and when the person already holds the other role.
	 */
	@Transactional
	public void join(long portfolioId, SignedInUser person, PortfolioRole role) {
		Portfolio portfolio = this.portfolios.findById(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		Membership membership = Membership.start(portfolio, person.id(), role, this.clock.instant());
		this.memberships.findByPortfolioIdAndAccountIdAndEndedAtIsNull(portfolioId, person.id()).ifPresent((held) -> {
			throw new MembershipRefusedException(
					held.getRole() == role ? "access.refused.already" : "access.refused.bothRoles");
		});
		if (this.memberships.existsByPortfolioIdAndRoleAndEndedAtIsNull(portfolioId, role)) {
			throw new MembershipRefusedException("access.refused.roleTaken");
		}
		try {
			this.memberships.saveAndFlush(membership);
		}
		catch (DataIntegrityViolationException raced) {
			// Two acceptances at once: the partial unique indexes keep the rule, this
			// keeps the message.
			throw new MembershipRefusedException("access.refused.roleTaken");
		}
		this.access.forget(portfolioId);
	}

	/** Whether the person is the active mentor of at least one portfolio. */
	@Transactional(readOnly = true)
	public boolean mentorsAnyone(SignedInUser user) {
		return user != null
				&& this.memberships.existsByAccountIdAndRoleAndEndedAtIsNull(user.id(), PortfolioRole.MENTOR);
	}

	/** The portfolio's active mentor and line manager, for its candidate. */
	@Transactional(readOnly = true)
	public List<PortfolioMember> members(SignedInUser owner, long portfolioId) {
		this.access.writable(owner, portfolioId);
		return this.memberships.findByPortfolioIdAndEndedAtIsNullOrderByStartedAt(portfolioId)
			.stream()
			.map(this::member)
			.toList();
	}

	/**
	 * The two people who take part in a portfolio's review, for notifying one of what the
	 * other did: its candidate and its active mentor, if it has one.
	 */
	public record ReviewParties(long portfolioId, String portfolioTitle, long candidateId, Long mentorId) {

		public Optional<Long> mentor() {
			return Optional.ofNullable(this.mentorId);
		}

	}

	@Transactional(readOnly = true)
	public Optional<ReviewParties> reviewParties(long portfolioId) {
		return this.portfolios.findById(portfolioId)
			.map((portfolio) -> new ReviewParties(portfolio.getId(), portfolio.getTitle(), portfolio.getOwnerId(),
					this.memberships.findByPortfolioIdAndEndedAtIsNullOrderByStartedAt(portfolioId)
						.stream()
						.filter((m) -> m.getRole() == PortfolioRole.MENTOR)
						.map(Membership::getAccountId)
						.findFirst()
						.orElse(null)));
	}

	/**
	 * How many portfolios each of these people actively mentors, in one query, for the
	 * mentor directory; somebody who mentors none is absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Integer> activeMenteeCounts(Collection<Long> accountIds) {
		Map<Long, Integer> counts = new HashMap<>();
		if (!accountIds.isEmpty()) {
			for (Object[] row : this.memberships.countActiveMentees(accountIds)) {
				counts.put((Long) row[0], ((Number) row[1]).intValue());
			}
		}
		return counts;
	}

	/** Which of these portfolios have an active mentor, in one query. */
	@Transactional(readOnly = true)
	public Set<Long> withActiveMentor(Collection<Long> portfolioIds) {
		if (portfolioIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.memberships.findPortfoliosWithMentor(portfolioIds));
	}

	/** Ends a mentor's or line manager's access at once; gives back who it was. */
	@Transactional
	public PortfolioMember end(SignedInUser owner, long portfolioId, long membershipId) {
		this.access.writable(owner, portfolioId);
		Membership membership = this.memberships.findById(membershipId)
			.filter((m) -> m.getPortfolioId() == portfolioId && m.isActive())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		membership.end(this.clock.instant());
		this.memberships.flush();
		this.access.forget(portfolioId);
		return member(membership);
	}

	private PortfolioMember member(Membership membership) {
		Optional<AccountService.Contact> contact = this.accounts.contactOf(membership.getAccountId());
		return new PortfolioMember(membership.getId(), membership.getAccountId(),
				contact.map(AccountService.Contact::name).orElse(""),
				contact.map(AccountService.Contact::email).orElse(""), membership.getRole(), membership.getStartedAt());
	}

}
