package org.chartfolio.portfolio;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/**
 * A written section the candidate shares with their line manager, who may then read its
 * text. It names the line manager it was shared with: a line manager who comes later
 * starts with nothing.
 */
@Entity
@Table(name = "section_share")
@Immutable
class SectionShare extends IdentifiedEntity {

	@Getter(AccessLevel.PACKAGE)
	private long sectionId;

	private long portfolioId;

	@Getter(AccessLevel.PACKAGE)
	private long accountId;

	@Getter(AccessLevel.PACKAGE)
	private Instant sharedAt;

	protected SectionShare() {
	}

	/**
	 * Refuses a section that is not written (the plan, the PKSB: a line manager already
	 * sees their progress), a section of another portfolio, and anybody but the
	 * portfolio's active line manager.
	 */
	static SectionShare of(Section section, Membership lineManager, Instant now) {
		if (!section.getKind().isWritten()) {
			throw new IllegalArgumentException("Only a written section can be shared");
		}
		if (lineManager.getRole() != PortfolioRole.LINE_MANAGER || !lineManager.isActive()
				|| lineManager.getPortfolioId() != section.getPortfolio().getId()) {
			throw new IllegalArgumentException("A section is shared with the portfolio's active line manager only");
		}
		SectionShare share = new SectionShare();
		share.sectionId = section.getId();
		share.portfolioId = lineManager.getPortfolioId();
		share.accountId = lineManager.getAccountId();
		share.sharedAt = now;
		return share;
	}

}
