package org.chartfolio.portfolio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.VersionedEntity;

/**
 * A mentor or line manager of a portfolio, from when they accepted until the candidate
 * ended their access. An ended membership is kept as history and never comes back to
 * life.
 */
@Entity
@Table(name = "portfolio_membership")
@Getter(AccessLevel.PACKAGE)
class Membership extends VersionedEntity {

	@Column(updatable = false)
	private long portfolioId;

	@Column(updatable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private PortfolioRole role;

	@Column(updatable = false)
	private Instant startedAt;

	private Instant endedAt;

	protected Membership() {
	}

	/** Refuses the candidate themselves and the owner role: a portfolio has one owner. */
	static Membership start(Portfolio portfolio, long accountId, PortfolioRole role, Instant now) {
		if (role == PortfolioRole.OWNER) {
			throw new IllegalArgumentException("The owner is not a member");
		}
		if (portfolio.isOwnedBy(accountId)) {
			throw new MembershipRefusedException("access.refused.self");
		}
		Membership membership = new Membership();
		membership.portfolioId = portfolio.getId();
		membership.accountId = accountId;
		membership.role = role;
		membership.startedAt = now;
		return membership;
	}

	void end(Instant now) {
		if (this.endedAt != null) {
			throw new IllegalStateException("Access has already ended");
		}
		this.endedAt = now;
	}

	boolean isActive() {
		return this.endedAt == null;
	}

}
