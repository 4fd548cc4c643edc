package org.chartfolio.system;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import lombok.Getter;

/**
 * What a single-use link keeps of its secret: the hash of its token
 * ({@link SecretTokens}), when it was issued and when it stops working (columns
 * {@code token_hash}, {@code created_at} and {@code expires_at}). It has expired from its
 * expiry on. An entity that replaces its token overrides the columns to let them be
 * updated.
 */
@Embeddable
@Getter
public class LinkToken {

	@Column(name = "token_hash", updatable = false)
	private String hash;

	@Column(name = "created_at", updatable = false)
	private Instant issuedAt;

	@Column(updatable = false)
	private Instant expiresAt;

	protected LinkToken() {
	}

	private LinkToken(String hash, Instant issuedAt, Instant expiresAt) {
		this.hash = hash;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	/** A token issued now that works for {@code validFor}. */
	public static LinkToken issued(String hash, Instant now, Duration validFor) {
		return new LinkToken(hash, now, now.plus(validFor));
	}

	/**
	 * A new token in place of this one, working for {@code validFor} from now; it keeps
	 * the time this one was issued.
	 */
	public LinkToken replacedBy(String newHash, Instant now, Duration validFor) {
		return new LinkToken(newHash, this.issuedAt, now.plus(validFor));
	}

	/** Whether the link has stopped working by {@code now}: from its expiry on. */
	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
