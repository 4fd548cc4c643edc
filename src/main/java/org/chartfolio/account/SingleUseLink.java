package org.chartfolio.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;
import org.chartfolio.system.LinkToken;

/**
 * What every emailed link of an account has in common: the hash of its token, when it
 * stops working, and whether it has been used. It works once, before it expires.
 */
@MappedSuperclass
abstract class SingleUseLink extends IdentifiedEntity {

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long accountId;

	@Embedded
	private LinkToken token;

	private Instant usedAt;

	protected SingleUseLink() {
		// for JPA
	}

	protected SingleUseLink(long accountId, String tokenHash, Instant now, Duration validFor) {
		this.accountId = accountId;
		this.token = LinkToken.issued(tokenHash, now, validFor);
	}

	/** The refusal of a link that no longer works, naming the form's field. */
	abstract AccountProblem unusable();

	boolean usableAt(Instant now) {
		return this.usedAt == null && !this.token.isExpiredAt(now);
	}

	/** Spends the link; refused once it is spent or out of time. */
	void use(Instant now) {
		if (!usableAt(now)) {
			throw unusable();
		}
		this.usedAt = now;
	}

}
