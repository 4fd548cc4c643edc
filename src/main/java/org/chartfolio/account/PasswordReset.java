package org.chartfolio.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A link that sets a new password for one account: it works once, within
 * {@link #VALID_FOR}.
 */
@Entity
@Table(name = "password_reset")
class PasswordReset extends SingleUseLink {

	static final Duration VALID_FOR = Duration.ofHours(1);

	protected PasswordReset() {
		// for JPA
	}

	PasswordReset(long accountId, String tokenHash, Instant now) {
		super(accountId, tokenHash, now, VALID_FOR);
	}

	@Override
	AccountProblem unusable() {
		return new AccountProblem("newPassword", "reset.link.unusable");
	}

}
