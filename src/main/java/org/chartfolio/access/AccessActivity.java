package org.chartfolio.access;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.system.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/**
 * One change to who may see a portfolio: who did what, to whom, when. Never changed once
 * written.
 */
@Entity
@Table(name = "access_activity")
@Immutable
class AccessActivity extends IdentifiedEntity {

	enum Action {

		INVITED, LINK_REPLACED, INVITATION_REVOKED, ACCEPTED, DECLINED, ACCESS_ENDED, SECTION_SHARED, SECTION_UNSHARED,
		DIRECTORY_REQUEST_ACCEPTED;

		public String messageKey() {
			return "access.activity." + name();
		}

	}

	private long portfolioId;

	@Getter(AccessLevel.PACKAGE)
	private String actorName;

	@Enumerated(EnumType.STRING)
	@Getter(AccessLevel.PACKAGE)
	private Action action;

	@Enumerated(EnumType.STRING)
	@Getter(AccessLevel.PACKAGE)
	private PortfolioRole role;

	@Getter(AccessLevel.PACKAGE)
	private String subject;

	@Getter(AccessLevel.PACKAGE)
	private Instant happenedAt;

	protected AccessActivity() {
	}

	AccessActivity(long portfolioId, String actorName, Action action, PortfolioRole role, String subject,
			Instant happenedAt) {
		this.portfolioId = portfolioId;
		this.actorName = actorName;
		this.action = action;
		this.role = role;
		this.subject = subject;
		this.happenedAt = happenedAt;
	}

}
