package org.chartfolio.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.VersionedEntity;

/**
 * A person who can sign in. The email address is stored normalised (trimmed, lower case)
 * so that "Ann@Example.org " and "ann@example.org" are one account, for sign-in and for
 * throttling alike.
 */
@Entity
@Table(name = "account")
class Account extends VersionedEntity {

	static final int MAX_NAME_LENGTH = 120;

	static final int MAX_EMAIL_LENGTH = 254;

	@Getter(AccessLevel.PACKAGE)
	private String email;

	@Getter(AccessLevel.PACKAGE)
	private String displayName;

	@Getter(AccessLevel.PACKAGE)
	private String passwordHash;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private Instant createdAt;

	private Instant updatedAt;

	@Getter(AccessLevel.PACKAGE)
	private String totpSecret;

	private Instant totpEnabledAt;

	private Long totpLastStep;

	protected Account() {
		// for JPA
	}

	Account(String email, String displayName, String passwordHash, Instant now) {
		this.email = normaliseEmail(email);
		this.displayName = checkedName(displayName);
		this.passwordHash = requireText(passwordHash, "passwordHash");
		this.createdAt = now;
		this.updatedAt = now;
	}

	static String normaliseEmail(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	void rename(String newName, Instant now) {
		this.displayName = checkedName(newName);
		this.updatedAt = now;
	}

	void changeEmail(String newEmail, Instant now) {
		String normalised = normaliseEmail(newEmail);
		if (normalised.isEmpty() || normalised.length() > MAX_EMAIL_LENGTH) {
			throw new IllegalArgumentException("Not an email address");
		}
		this.email = normalised;
		this.updatedAt = now;
	}

	void replacePasswordHash(String newHash, Instant now) {
		this.passwordHash = requireText(newHash, "passwordHash");
		this.updatedAt = now;
	}

	boolean usesTwoFactor() {
		return this.totpEnabledAt != null;
	}

	/**
	 * Turns two-factor sign-in on with an (encrypted) secret whose code, of this time
	 * step, was just shown.
	 */
	void enableTwoFactor(String encryptedSecret, long step, Instant now) {
		this.totpSecret = requireText(encryptedSecret, "totpSecret");
		this.totpEnabledAt = now;
		this.totpLastStep = step;
		this.updatedAt = now;
	}

	void disableTwoFactor(Instant now) {
		this.totpSecret = null;
		this.totpEnabledAt = null;
		this.totpLastStep = null;
		this.updatedAt = now;
	}

	/**
	 * Spends a code's time step; false when that step, or a later one, was used already
	 * (a replayed code).
	 */
	boolean spendStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	private static String checkedName(String name) {
		String stripped = requireText(name, "displayName").strip();
		if (stripped.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("A name has at most " + MAX_NAME_LENGTH + " characters");
		}
		return stripped;
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return value;
	}

	SignedInUser toSignedInUser() {
		return new SignedInUser(getId(), this.email, this.displayName, this.passwordHash);
	}

}
