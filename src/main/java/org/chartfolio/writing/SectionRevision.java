package org.chartfolio.writing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;
import org.hibernate.annotations.Immutable;

/**
 * A section's text as it was after one save that changed it. Revisions are never changed.
 */
@Entity
@Table(name = "section_revision")
@Getter(AccessLevel.PACKAGE)
@Immutable
class SectionRevision extends IdentifiedEntity {

	/** Why a revision was made; stored in lower case. */
	enum Reason {

		SAVE, AUTOSAVE, RESTORE, CLEAR, APPROVED, SUGGESTION;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		String messageKey() {
			return "writing.revision.reason." + code();
		}

		static Reason of(String code) {
			return valueOf(code.toUpperCase(java.util.Locale.ROOT));
		}

	}

	private long sectionId;

	private int number;

	private String body;

	private int wordCount;

	private Instant createdAt;

	private String reason;

	// For a suggestion the candidate accepted: the mentor who suggested the words.
	private String suggestedByName;

	protected SectionRevision() {
	}

	/** The text {@code body} kept as revision {@code number}; it counts its own words. */
	SectionRevision(long sectionId, int number, String body, Instant createdAt, Reason reason) {
		this.sectionId = sectionId;
		this.number = number;
		this.body = body;
		this.wordCount = WordCounter.count(body);
		this.createdAt = createdAt;
		this.reason = reason.code();
	}

	/** The text after the candidate accepted words somebody else suggested. */
	static SectionRevision suggestion(long sectionId, int number, String body, Instant createdAt,
			String suggestedByName) {
		SectionRevision revision = new SectionRevision(sectionId, number, body, createdAt, Reason.SUGGESTION);
		revision.suggestedByName = suggestedByName;
		return revision;
	}

	Reason getReason() {
		return Reason.of(this.reason);
	}

}
