package org.chartfolio.signoff;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/** One saved text of a sign-off document, kept for good: its history. */
@Entity
@Table(name = "signoff_revision")
@Immutable
class SignOffRevision extends IdentifiedEntity {

	/** What happened with this revision besides the save, shown in the history. */
	static final String SIGNED = "SIGNED";

	static final String REOPENED = "REOPENED";

	private long documentId;

	@Getter(AccessLevel.PACKAGE)
	private int number;

	@Getter(AccessLevel.PACKAGE)
	private String text;

	@Getter(AccessLevel.PACKAGE)
	private Instant savedAt;

	@Getter(AccessLevel.PACKAGE)
	private String savedByName;

	@Getter(AccessLevel.PACKAGE)
	private String note;

	protected SignOffRevision() {
	}

	SignOffRevision(long documentId, int number, String text, Instant savedAt, String savedByName, String note) {
		this.documentId = documentId;
		this.number = number;
		this.text = text;
		this.savedAt = savedAt;
		this.savedByName = savedByName;
		this.note = note;
	}

}
