package org.chartfolio.portfolio;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.VersionedEntity;

/**
 * One part of a portfolio: a statement for a criterion, the CV, the development plan, and
 * so on.
 */
@Entity
@Table(name = "section")
@Getter(AccessLevel.PACKAGE)
class Section extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "portfolio_id", updatable = false)
	private Portfolio portfolio;

	private int position;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private SectionKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "criterion_id", updatable = false)
	private Criterion criterion;

	/**
	 * The criterion's heading when the portfolio was opened; other kinds are named by
	 * message.
	 */
	private String title;

	@Enumerated(EnumType.STRING)
	private SectionStatus status = SectionStatus.DRAFT;

	private Instant updatedAt;

	/**
	 * When the candidate last asked for a review, while it waits; the mentor's queue is
	 * oldest first.
	 */
	private Instant readySince;

	private Long approvedBy;

	/**
	 * The approver's name, for a section imported from another installation where they
	 * have no account here.
	 */
	@Column(insertable = false, updatable = false)
	private String approvedByName;

	private Instant approvedAt;

	/** The revision that keeps the text as it was approved. */
	private Long approvedRevisionId;

	private String reopenReason;

	private Instant reopenedAt;

	protected Section() {
	}

	Section(Portfolio portfolio, int position, SectionKind kind, Criterion criterion, String title, Instant now) {
		this.portfolio = portfolio;
		this.position = position;
		this.kind = kind;
		this.criterion = criterion;
		this.title = (title != null) ? title : kind.name();
		this.updatedAt = now;
	}

	/** The longest title a section may have (its column). */
	static final int MAX_TITLE_LENGTH = 200;

	/** The longest reason for reopening a section that is kept. */
	static final int MAX_REASON_LENGTH = 1000;

	// The review workflow. Each step names who takes it and refuses what the permission
	// table and
	// the order of review do not allow; services check the portfolio's access before they
	// get here.

	/**
	 * The candidate asks their mentor to review the section. Not while it already waits
	 * or is approved, and not without an active mentor: nobody would see the request.
	 */
	void markReadyForReview(long actorId, boolean hasActiveMentor, Instant now) {
		requireCandidate(actorId);
		if (!hasActiveMentor) {
			throw new SectionReviewRefusedException("review.refused.noMentor");
		}
		if (this.status == SectionStatus.READY_FOR_REVIEW) {
			throw new SectionReviewRefusedException("review.refused.alreadyReady");
		}
		if (this.status == SectionStatus.APPROVED) {
			throw new SectionReviewRefusedException("review.refused.approved");
		}
		this.status = SectionStatus.READY_FOR_REVIEW;
		this.readySince = now;
		this.updatedAt = now;
	}

	/** The mentor sends the section back with a comment saying what to change. */
	void requestChanges(PortfolioRole actorRole, String comment, Instant now) {
		requireMentorDeciding(actorRole);
		if (comment == null || comment.isBlank()) {
			throw new SectionReviewRefusedException("review.refused.commentRequired");
		}
		this.status = SectionStatus.CHANGES_REQUESTED;
		this.readySince = null;
		this.updatedAt = now;
	}

	/**
	 * The mentor approves the section, which locks its text; the approved text is kept as
	 * a revision.
	 */
	void approve(long actorId, PortfolioRole actorRole, long approvedRevisionId, Instant now) {
		requireApprovableBy(actorRole);
		this.status = SectionStatus.APPROVED;
		this.readySince = null;
		this.approvedBy = actorId;
		this.approvedAt = now;
		this.approvedRevisionId = approvedRevisionId;
		this.updatedAt = now;
	}

	/**
	 * The candidate reopens an approved section to change it again, saying why; it
	 * becomes a draft.
	 */
	void reopen(long actorId, String reason, Instant now) {
		requireCandidate(actorId);
		if (this.status != SectionStatus.APPROVED) {
			throw new SectionReviewRefusedException("review.refused.notApproved");
		}
		if (reason == null || reason.isBlank()) {
			throw new SectionReviewRefusedException("review.refused.reasonRequired");
		}
		if (reason.strip().length() > MAX_REASON_LENGTH) {
			throw new SectionReviewRefusedException("review.refused.reasonTooLong");
		}
		this.status = SectionStatus.DRAFT;
		this.reopenReason = reason.strip();
		this.reopenedAt = now;
		this.updatedAt = now;
	}

	/** An approved section's text stays as approved until the candidate reopens it. */
	boolean isLocked() {
		return this.status == SectionStatus.APPROVED;
	}

	private void requireCandidate(long actorId) {
		if (!this.portfolio.isOwnedBy(actorId)) {
			throw new SectionReviewRefusedException("review.refused.candidateOnly");
		}
	}

	/**
	 * Refuses unless the section may be approved by this person now; asked before its
	 * text is kept.
	 */
	void requireApprovableBy(PortfolioRole actorRole) {
		requireMentorDeciding(actorRole);
	}

	private void requireMentorDeciding(PortfolioRole actorRole) {
		if (actorRole != PortfolioRole.MENTOR) {
			throw new SectionReviewRefusedException("review.refused.mentorOnly");
		}
		if (this.status != SectionStatus.READY_FOR_REVIEW) {
			throw new SectionReviewRefusedException("review.refused.notReady");
		}
	}

}
