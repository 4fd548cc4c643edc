package org.chartfolio.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A confirmation link for a new sign-in email: it works once, within {@link #VALID_FOR}. */
@Entity
@Table(name = "email_change")
class EmailChange {

	static final Duration VALID_FOR = Duration.ofDays(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "new_email", nullable = false, updatable = false)
	private String newEmail;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected EmailChange() {
		// for JPA
	}

	EmailChange(long accountId, String newEmail, String tokenHash, Instant now) {
		this.accountId = accountId;
		this.newEmail = Account.normaliseEmail(newEmail);
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(VALID_FOR);
	}

	boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		if (!usableAt(now)) {
			throw new AccountProblem("token", "emailChange.link.unusable");
		}
		this.usedAt = now;
	}

	long getAccountId() {
		return this.accountId;
	}

	String getNewEmail() {
		return this.newEmail;
	}

}
