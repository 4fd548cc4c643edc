package org.chartfolio.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.chartfolio.system.IdentifiedEntity;

/**
 * What every emailed link of an account has in common: the hash of its token, when it
 * stops working, and whether it has been used. It works once, before it expires.
 */
@MappedSuperclass
abstract class SingleUseLink extends IdentifiedEntity {

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected SingleUseLink() {
		// for JPA
	}

	protected SingleUseLink(long accountId, String tokenHash, Instant now, Duration validFor) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(validFor);
	}

	/** The refusal of a link that no longer works, naming the form's field. */
	abstract AccountProblem unusable();

	boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	/** Spends the link; refused once it is spent or out of time. */
	void use(Instant now) {
		if (!usableAt(now)) {
			throw unusable();
		}
		this.usedAt = now;
	}

	long getAccountId() {
		return this.accountId;
	}

}
