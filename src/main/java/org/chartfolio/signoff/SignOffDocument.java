package org.chartfolio.signoff;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.signoff.SignOffService.Letter;
import org.chartfolio.signoff.SignOffTransfer.SignOffData;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.VersionedEntity;

/**
 * One sign-off document of a portfolio: the mentor's completion statement or letter, or
 * the invited supporter's letter. Signing dates and locks it; only the mentor reopens
 * their own kind, and a supporter's letter is signed as it is submitted and never
 * reopened. An imported document is history from a ZIP and cannot be changed at all.
 */
@Entity
@Table(name = "signoff_document")
@Getter(AccessLevel.PACKAGE)
class SignOffDocument extends VersionedEntity {

	enum Author {

		/**
		 * The portfolio's mentor: the completion statement, or the mentor's letter of
		 * support.
		 */
		MENTOR,
		/** The supporter the candidate invited (Fellowship). */
		SUPPORTER

	}

	static final int MAX_TEXT_LENGTH = 20_000;

	static final int MAX_NAME_LENGTH = 120;

	static final int MAX_ROLE_LENGTH = 200;

	/**
	 * The text as it is kept, stripped; refused when it is longer than a document holds.
	 */
	static String checkedText(String text) {
		String stripped = (text != null) ? text.strip() : "";
		if (stripped.length() > MAX_TEXT_LENGTH) {
			throw new FieldProblem("text", "signoff.text.tooLong");
		}
		return stripped;
	}

	/**
	 * The role printed under the text, stripped, or null for none; a supporter must give
	 * theirs.
	 */
	static String checkedRole(String role, boolean required) {
		String stripped = (role != null) ? role.strip() : "";
		if (required && stripped.isEmpty()) {
			throw new FieldProblem("role", "signoff.letter.role.required");
		}
		if (stripped.length() > MAX_ROLE_LENGTH) {
			throw new FieldProblem("role", "signoff.role.tooLong");
		}
		return stripped.isEmpty() ? null : stripped;
	}

	@Column(updatable = false)
	private long portfolioId;

	@Enumerated(EnumType.STRING)
	@Column(name = "author_kind", updatable = false)
	private Author author;

	private Long authorId;

	private String authorName;

	private String authorRole;

	private String text;

	private String fileName;

	private String fileType;

	@Basic(fetch = FetchType.LAZY)
	private byte[] fileContent;

	private Instant signedAt;

	private Instant updatedAt;

	@Column(updatable = false)
	private boolean imported;

	protected SignOffDocument() {
	}

	/** The mentor's document, started the first time they save it. */
	static SignOffDocument mentors(long portfolioId, long mentorId, String mentorName, Instant now) {
		SignOffDocument document = new SignOffDocument();
		document.portfolioId = portfolioId;
		document.author = Author.MENTOR;
		document.authorId = mentorId;
		document.authorName = mentorName;
		document.updatedAt = now;
		return document;
	}

	/**
	 * The supporter's letter, submitted through their link: signed, so locked, from the
	 * start. {@code letter} is as it is kept (checked, its text read from a file);
	 * {@code fileType} is null when no file is kept.
	 */
	static SignOffDocument supporters(long portfolioId, Letter letter, String fileType, Instant now) {
		SignOffDocument document = new SignOffDocument();
		document.portfolioId = portfolioId;
		document.author = Author.SUPPORTER;
		document.authorName = letter.name();
		document.authorRole = letter.role();
		document.text = letter.text();
		document.fileName = letter.fileName();
		document.fileType = fileType;
		document.fileContent = letter.file();
		document.updatedAt = now;
		document.signedAt = now;
		return document;
	}

	/**
	 * A document that came in with an imported ZIP: history, attributed to a name as
	 * text.
	 */
	static SignOffDocument imported(long portfolioId, SignOffData data) {
		SignOffDocument document = new SignOffDocument();
		document.portfolioId = portfolioId;
		document.author = Author.valueOf(data.author());
		document.authorName = data.name();
		document.authorRole = data.role();
		document.text = data.text();
		document.signedAt = data.signedAt();
		document.updatedAt = data.updatedAt();
		document.imported = true;
		return document;
	}

	/**
	 * The same document kept as it was, not as history: for a submitted copy made here.
	 */
	SignOffDocument asLive() {
		this.imported = false;
		return this;
	}

	/** The mentor changes the text; refused once signed, until they reopen it. */
	void write(SignedInUser mentor, String newText, String newRole, Instant now) {
		requireMentorsOwnKind();
		if (isSigned()) {
			throw new SignOffRefusedException("signoff.refused.signed");
		}
		this.authorId = mentor.id();
		this.authorName = mentor.getDisplayName();
		this.text = newText;
		this.authorRole = newRole;
		this.updatedAt = now;
	}

	/** The mentor signs: dated and locked. Nothing empty is signed. */
	void sign(Instant now) {
		requireMentorsOwnKind();
		if (isSigned()) {
			throw new SignOffRefusedException("signoff.refused.signed");
		}
		if (this.text == null || this.text.isBlank()) {
			throw new SignOffRefusedException("signoff.refused.empty");
		}
		this.signedAt = now;
		this.updatedAt = now;
	}

	/**
	 * The mentor reopens what they signed, to change it; it must be signed again to
	 * count.
	 */
	void reopen(SignedInUser mentor, Instant now) {
		requireMentorsOwnKind();
		if (!isSigned()) {
			throw new SignOffRefusedException("signoff.refused.notSigned");
		}
		this.authorId = mentor.id();
		this.signedAt = null;
		this.updatedAt = now;
	}

	private void requireMentorsOwnKind() {
		if (this.imported) {
			throw new SignOffRefusedException("signoff.refused.imported");
		}
		if (this.author != Author.MENTOR) {
			throw new SignOffRefusedException("signoff.refused.supporterLetter");
		}
	}

	boolean isSigned() {
		return this.signedAt != null;
	}

}
