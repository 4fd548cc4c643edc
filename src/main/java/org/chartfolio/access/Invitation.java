package org.chartfolio.access;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.system.LinkToken;
import org.chartfolio.system.Refusal;
import org.chartfolio.system.VersionedEntity;

/**
 * A single-use link that lets one person become a portfolio's mentor or line manager. It
 * holds only the hash of its token, works for {@link #VALID_FOR}, and once accepted,
 * declined or revoked it never works again.
 */
@Entity
@Table(name = "invitation")
class Invitation extends VersionedEntity {

	static final Duration VALID_FOR = Duration.ofDays(14);

	enum State {

		OPEN, ACCEPTED, DECLINED, REVOKED

	}

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long portfolioId;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long invitedBy;

	@Getter(AccessLevel.PACKAGE)
	private String inviterName;

	@Getter(AccessLevel.PACKAGE)
	private String portfolioTitle;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private PortfolioRole role;

	/**
	 * Unlike other links', its hash and expiry change when its link is replaced
	 * ({@link #replaceToken}).
	 */
	@Embedded
	@AttributeOverride(name = "hash", column = @Column(name = "token_hash"))
	@AttributeOverride(name = "expiresAt", column = @Column(name = "expires_at"))
	private LinkToken token;

	@Enumerated(EnumType.STRING)
	@Getter(AccessLevel.PACKAGE)
	private State state;

	private Instant closedAt;

	protected Invitation() {
	}

	Invitation(long portfolioId, long invitedBy, String inviterName, String portfolioTitle, String email,
			PortfolioRole role, String tokenHash, Instant now) {
		if (role == PortfolioRole.OWNER) {
			throw new IllegalArgumentException("Nobody is invited to own a portfolio");
		}
		this.portfolioId = portfolioId;
		this.invitedBy = invitedBy;
		this.inviterName = inviterName;
		this.portfolioTitle = portfolioTitle;
		this.email = email;
		this.role = role;
		this.token = LinkToken.issued(tokenHash, now, VALID_FOR);
		this.state = State.OPEN;
	}

	/** Why the link cannot be used now, as a message key, or null when it can. */
	String problemAt(Instant now) {
		return switch (this.state) {
			case ACCEPTED, DECLINED -> "invitation.used";
			case REVOKED -> "invitation.revoked";
			case OPEN -> isExpiredAt(now) ? "invitation.expired" : null;
		};
	}

	/**
	 * A new link in place of the old one, valid for another fortnight; the old link stops
	 * working.
	 */
	void replaceToken(String newTokenHash, Instant now) {
		requireOpen();
		this.token = this.token.replacedBy(newTokenHash, now, VALID_FOR);
	}

	void revoke(Instant now) {
		requireOpen();
		close(State.REVOKED, now);
	}

	void accept(long accountId, Instant now) {
		usable(now);
		if (accountId == this.invitedBy) {
			throw new Refusal("invitation.own");
		}
		close(State.ACCEPTED, now);
	}

	void decline(Instant now) {
		usable(now);
		close(State.DECLINED, now);
	}

	private void usable(Instant now) {
		String problem = problemAt(now);
		if (problem != null) {
			throw new Refusal(problem);
		}
	}

	private void requireOpen() {
		if (this.state != State.OPEN) {
			throw new Refusal(problemAt(this.closedAt));
		}
	}

	private void close(State newState, Instant now) {
		this.state = newState;
		this.closedAt = now;
	}

	boolean isOpen() {
		return this.state == State.OPEN;
	}

	Instant getCreatedAt() {
		return this.token.getIssuedAt();
	}

	Instant getExpiresAt() {
		return this.token.getExpiresAt();
	}

	/** Whether its link has stopped working by {@code now}, whatever became of it. */
	boolean isExpiredAt(Instant now) {
		return this.token.isExpiredAt(now);
	}

}
