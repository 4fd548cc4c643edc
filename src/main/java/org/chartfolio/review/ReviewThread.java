package org.chartfolio.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.Refusal;
import org.chartfolio.system.VersionedEntity;

/**
 * A discussion of a section between the candidate and the mentor. It may quote one
 * paragraph; the paragraph's words are kept as they were, so the quote still reads right
 * after the text changes.
 */
@Entity
@Table(name = "review_thread")
@Getter(AccessLevel.PACKAGE)
class ReviewThread extends VersionedEntity {

	static final String OPEN = "open";

	static final String ACCEPTED = "accepted";

	static final String DECLINED = "declined";

	@Column(updatable = false)
	private long portfolioId;

	@Column(updatable = false)
	private long sectionId;

	@Column(updatable = false)
	private Integer quotedParagraph;

	@Column(updatable = false)
	private String quotedText;

	@Column(updatable = false)
	private Instant createdAt;

	// Opened by the mentor's request for changes: its first comment is the request's
	// summary.
	@Column(updatable = false)
	private boolean changesRequest;

	private Instant resolvedAt;

	private String resolvedByName;

	// A mentor's replacement for the quoted words, and whether the candidate took it.
	@Column(updatable = false)
	private String suggestion;

	/** open, accepted or declined; null without a suggestion. */
	private String suggestionState;

	private String suggestionDecidedByName;

	protected ReviewThread() {
	}

	ReviewThread(long portfolioId, long sectionId, Integer quotedParagraph, String quotedText, Instant now) {
		this.portfolioId = portfolioId;
		this.sectionId = sectionId;
		this.quotedParagraph = quotedParagraph;
		this.quotedText = quotedText;
		this.createdAt = now;
	}

	/** The thread a request for changes opens, its summary being the first comment. */
	static ReviewThread changesRequest(long portfolioId, long sectionId, Instant now) {
		ReviewThread thread = new ReviewThread(portfolioId, sectionId, null, null, now);
		thread.changesRequest = true;
		return thread;
	}

	/** The mentor suggests other words for the words this thread quotes. */
	void suggest(String replacement) {
		if (this.quotedText == null) {
			throw new Refusal("review.suggestion.needsQuote");
		}
		this.suggestion = replacement;
		this.suggestionState = OPEN;
	}

	/**
	 * The candidate takes the suggested words into the text; once, and only while it is
	 * open.
	 */
	void acceptSuggestion(String byName) {
		decide(ACCEPTED, byName);
	}

	void declineSuggestion(String byName) {
		decide(DECLINED, byName);
	}

	private void decide(String state, String byName) {
		if (!OPEN.equals(this.suggestionState)) {
			throw new Refusal((this.suggestion == null) ? "review.suggestion.none" : "review.suggestion.decided");
		}
		this.suggestionState = state;
		this.suggestionDecidedByName = byName;
	}

	/** Either party marks the discussion settled. */
	void resolve(String byName, Instant now) {
		if (isResolved()) {
			throw new Refusal("review.thread.alreadyResolved");
		}
		this.resolvedAt = now;
		this.resolvedByName = byName;
	}

	/** Either party takes a settled discussion up again. */
	void reopen() {
		if (!isResolved()) {
			throw new Refusal("review.thread.notResolved");
		}
		this.resolvedAt = null;
		this.resolvedByName = null;
	}

	boolean isResolved() {
		return this.resolvedAt != null;
	}

}
