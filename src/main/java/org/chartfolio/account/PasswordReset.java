package org.chartfolio.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link that sets a new password for one account: it works once, within {@link #VALID_FOR}. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

	static final Duration VALID_FOR = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	protected PasswordReset() {
		// for JPA
	}

	PasswordReset(long accountId, String tokenHash, Instant now) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(VALID_FOR);
	}

	boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	/** Spends the link; refused once it is spent or out of time. */
	void use(Instant now) {
		if (!usableAt(now)) {
			throw new AccountProblem("newPassword", "reset.link.unusable");
		}
		this.usedAt = now;
	}

	long getAccountId() {
		return this.accountId;
	}

}
