package org.chartfolio.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/**
 * One comment in a thread, by the candidate or the mentor. Comments are never changed.
 */
@Entity
@Table(name = "review_comment")
@Immutable
class ReviewComment extends IdentifiedEntity {

	/** A comment is a note to the other person, not a second statement. */
	static final int MAX_LENGTH = 5000;

	/**
	 * The words of a comment as typed, stripped: refused, on {@code field}, when empty or
	 * too long.
	 */
	static String checkedBody(String body, String field) {
		String text = (body == null) ? "" : body.strip();
		if (text.isEmpty()) {
			throw new FieldProblem(field, "review.comment.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw new FieldProblem(field, "review.comment.tooLong");
		}
		return text;
	}

	@Getter(AccessLevel.PACKAGE)
	private long threadId;

	// Null for a comment imported from another installation by somebody with no account
	// here.
	private Long authorId;

	@Getter(AccessLevel.PACKAGE)
	private String authorName;

	@Getter(AccessLevel.PACKAGE)
	private String body;

	@Getter(AccessLevel.PACKAGE)
	private Instant createdAt;

	// Set by an import only: the words came from a ZIP, not from somebody here.
	@Column(insertable = false)
	@Getter(AccessLevel.PACKAGE)
	private boolean imported;

	protected ReviewComment() {
	}

	ReviewComment(long threadId, long authorId, String authorName, String body, Instant now) {
		this.threadId = threadId;
		this.authorId = authorId;
		this.authorName = authorName;
		this.body = body;
		this.createdAt = now;
	}

	boolean isBy(long accountId) {
		return this.authorId != null && this.authorId == accountId;
	}

}
