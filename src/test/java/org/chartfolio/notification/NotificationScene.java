package org.chartfolio.notification;

import java.time.Instant;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMember;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.review.SectionReviewEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A candidate's portfolio with a mentor and a line manager, and a way to make review
 * events happen on its first section as the review module will: inside a transaction.
 */
record NotificationScene(SignedInUser candidate, SignedInUser mentor, SignedInUser lineManager, long portfolioId,
		long sectionId, String sectionTitle, ApplicationEventPublisher events, TransactionTemplate transactions,
		PortfolioMemberships memberships) {

	/** The event, published in a transaction that commits. */
	void happens(SectionReviewEvent.Kind kind, SignedInUser actor) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event(kind, actor)));
	}

	/** The event, published in a transaction that is then rolled back. */
	void happensButRollsBack(SectionReviewEvent.Kind kind, SignedInUser actor) {
		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(event(kind, actor));
			status.setRollbackOnly();
		});
	}

	SectionReviewEvent event(SectionReviewEvent.Kind kind, SignedInUser actor) {
		return new SectionReviewEvent(kind, this.portfolioId, this.sectionId, this.sectionTitle, actor.id(),
				actor.getDisplayName(), "", Instant.now());
	}

	/** The candidate ends the mentor's access, as the people page does. */
	void mentorLeaves() {
		PortfolioMember mentor = this.memberships.members(this.candidate, this.portfolioId)
			.stream()
			.filter((m) -> m.role() == PortfolioRole.MENTOR)
			.findFirst()
			.orElseThrow();
		this.memberships.end(this.candidate, this.portfolioId, mentor.id());
	}

	String sectionPath() {
		return "/portfolios/" + this.portfolioId + "/sections/" + this.sectionId;
	}

}
