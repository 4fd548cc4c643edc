package org.chartfolio.assessment;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.LinkToken;
import org.chartfolio.system.VersionedEntity;

/**
 * A link that lets whoever holds it read one submitted copy, with no account. It holds
 * only the hash of its token, works until it expires (at most {@link #LONGEST} after it
 * is made) and, once revoked, never works again.
 */
@Entity
@Table(name = "assessor_link")
class AssessorLink extends VersionedEntity {

	static final int MAX_NAME_LENGTH = 120;

	static final Duration LONGEST = Duration.ofDays(90);

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long portfolioId;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String name;

	@Embedded
	private LinkToken token;

	@Getter(AccessLevel.PACKAGE)
	private Instant revokedAt;

	protected AssessorLink() {
	}

	AssessorLink(long portfolioId, String name, String tokenHash, Instant now, Duration validFor) {
		if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(LONGEST) > 0) {
			throw new IllegalArgumentException("An assessor link works for a day to 90 days");
		}
		if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("An assessor link has a name of at most 120 characters");
		}
		this.portfolioId = portfolioId;
		this.name = name.strip();
		this.token = LinkToken.issued(tokenHash, now, validFor);
	}

	/**
	 * Whether the link opens the copy at this moment: not revoked and not yet expired.
	 */
	boolean worksAt(Instant now) {
		return this.revokedAt == null && !this.token.isExpiredAt(now);
	}

	/** Revoking a revoked link changes nothing: it stays revoked from the first time. */
	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	Instant getCreatedAt() {
		return this.token.getIssuedAt();
	}

	Instant getExpiresAt() {
		return this.token.getExpiresAt();
	}

}
