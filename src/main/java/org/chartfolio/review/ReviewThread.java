package org.chartfolio.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A discussion of a section between the candidate and the mentor. It may quote one paragraph; the
 * paragraph's words are kept as they were, so the quote still reads right after the text changes.
 */
@Entity
@Table(name = "review_thread")
class ReviewThread {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "portfolio_id", nullable = false, updatable = false)
	private long portfolioId;

	@Column(name = "section_id", nullable = false, updatable = false)
	private long sectionId;

	@Column(name = "quoted_paragraph", updatable = false)
	private Integer quotedParagraph;

	@Column(name = "quoted_text", updatable = false)
	private String quotedText;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "resolved_by_name")
	private String resolvedByName;

	@Version
	private long version;

	protected ReviewThread() {
	}

	ReviewThread(long portfolioId, long sectionId, Integer quotedParagraph, String quotedText, Instant now) {
		this.portfolioId = portfolioId;
		this.sectionId = sectionId;
		this.quotedParagraph = quotedParagraph;
		this.quotedText = quotedText;
		this.createdAt = now;
	}

	/** Either party marks the discussion settled. */
	void resolve(String byName, Instant now) {
		if (isResolved()) {
			throw new ReviewProblem("review.thread.alreadyResolved");
		}
		this.resolvedAt = now;
		this.resolvedByName = byName;
	}

	/** Either party takes a settled discussion up again. */
	void reopen() {
		if (!isResolved()) {
			throw new ReviewProblem("review.thread.notResolved");
		}
		this.resolvedAt = null;
		this.resolvedByName = null;
	}

	boolean isResolved() {
		return this.resolvedAt != null;
	}

	Long getId() {
		return this.id;
	}

	long getPortfolioId() {
		return this.portfolioId;
	}

	long getSectionId() {
		return this.sectionId;
	}

	Integer getQuotedParagraph() {
		return this.quotedParagraph;
	}

	String getQuotedText() {
		return this.quotedText;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getResolvedAt() {
		return this.resolvedAt;
	}

	String getResolvedByName() {
		return this.resolvedByName;
	}

	long getVersion() {
		return this.version;
	}

}
