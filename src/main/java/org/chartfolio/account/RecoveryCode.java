package org.chartfolio.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.chartfolio.system.IdentifiedEntity;

/**
 * One of an account's ten recovery codes, kept as a hash; it signs in once, instead of an
 * app's code.
 */
@Entity
@Table(name = "recovery_code")
class RecoveryCode extends IdentifiedEntity {

	@Column(updatable = false)
	private long accountId;

	@Column(updatable = false)
	private String codeHash;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant usedAt;

	protected RecoveryCode() {
		// for JPA
	}

	RecoveryCode(long accountId, String codeHash, Instant now) {
		this.accountId = accountId;
		this.codeHash = codeHash;
		this.createdAt = now;
	}

	boolean unused() {
		return this.usedAt == null;
	}

	void use(Instant now) {
		if (this.usedAt != null) {
			throw new IllegalStateException("A recovery code works once");
		}
		this.usedAt = now;
	}

}
