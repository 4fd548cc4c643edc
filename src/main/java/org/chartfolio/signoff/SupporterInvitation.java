package org.chartfolio.signoff;

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
 * A Fellowship candidate's invitation to a supporter to write a letter of support. It
 * keeps only the SHA-256 of its token, works for {@link #VALID_FOR}, once, and the
 * candidate can withdraw it.
 */
@Entity
@Table(name = "supporter_invitation")
class SupporterInvitation extends VersionedEntity {

	static final Duration VALID_FOR = Duration.ofDays(14);

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long portfolioId;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String inviterName;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String portfolioTitle;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String supporterName;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String email;

	@Embedded
	private LinkToken token;

	@Getter(AccessLevel.PACKAGE)
	private Instant withdrawnAt;

	@Getter(AccessLevel.PACKAGE)
	private Instant usedAt;

	protected SupporterInvitation() {
	}

	SupporterInvitation(long portfolioId, String inviterName, String portfolioTitle, String supporterName, String email,
			String tokenHash, Instant now) {
		this.portfolioId = portfolioId;
		this.inviterName = inviterName;
		this.portfolioTitle = portfolioTitle;
		this.supporterName = supporterName;
		this.email = email;
		this.token = LinkToken.issued(tokenHash, now, VALID_FOR);
	}

	/** Why the link no longer works (a message key), or null while it does. */
	String problem(Instant now) {
		if (this.usedAt != null) {
			return "signoff.link.used";
		}
		if (this.withdrawnAt != null) {
			return "signoff.link.withdrawn";
		}
		return this.token.isExpiredAt(now) ? "signoff.link.expired" : null;
	}

	boolean isOpen(Instant now) {
		return problem(now) == null;
	}

	/**
	 * The candidate withdraws it; the link stops working at once. Not once the letter is
	 * in.
	 */
	void withdraw(Instant now) {
		if (this.usedAt != null) {
			throw new SignOffRefusedException("signoff.refused.alreadyUsed");
		}
		if (this.withdrawnAt == null) {
			this.withdrawnAt = now;
		}
	}

	/** The supporter submits their letter: the link is spent. */
	void use(Instant now) {
		String problem = problem(now);
		if (problem != null) {
			throw new SupporterLinkException(problem);
		}
		this.usedAt = now;
	}

	Instant getCreatedAt() {
		return this.token.getIssuedAt();
	}

	Instant getExpiresAt() {
		return this.token.getExpiresAt();
	}

}
