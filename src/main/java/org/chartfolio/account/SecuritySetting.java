package org.chartfolio.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;

/**
 * The installation's one row of security settings, changed by an administrator on the
 * Accounts page.
 */
@Entity
@Table(name = "security_setting")
class SecuritySetting {

	static final short ONLY = 1;

	@Id
	private short id;

	@Getter(AccessLevel.PACKAGE)
	private boolean twoFactorForMentors;

	@Getter(AccessLevel.PACKAGE)
	private boolean twoFactorForAdministrators;

	private Instant updatedAt;

	@Version
	@Getter(AccessLevel.PACKAGE)
	private long version;

	protected SecuritySetting() {
		// for JPA
	}

	void requireTwoFactor(boolean forMentors, boolean forAdministrators, Instant now) {
		this.twoFactorForMentors = forMentors;
		this.twoFactorForAdministrators = forAdministrators;
		this.updatedAt = now;
	}

}
