package org.chartfolio.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;

/**
 * A confirmation link for a new sign-in email: it works once, within {@link #VALID_FOR}.
 */
@Entity
@Table(name = "email_change")
@Getter(AccessLevel.PACKAGE)
class EmailChange extends SingleUseLink {

	static final Duration VALID_FOR = Duration.ofDays(1);

	@Column(updatable = false)
	private String newEmail;

	protected EmailChange() {
		// for JPA
	}

	EmailChange(long accountId, String newEmail, String tokenHash, Instant now) {
		super(accountId, tokenHash, now, VALID_FOR);
		this.newEmail = Account.normaliseEmail(newEmail);
	}

	@Override
	AccountProblem unusable() {
		return new AccountProblem("token", "emailChange.link.unusable");
	}

}
