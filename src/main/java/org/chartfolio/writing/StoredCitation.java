package org.chartfolio.writing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;

/**
 * One [E7] marker in one paragraph of a section's text. Citations are rebuilt from the
 * text on every save that changes it; the candidate's note on what the item shows
 * survives the rebuild.
 */
@Entity
@Table(name = "citation")
@Getter(AccessLevel.PACKAGE)
class StoredCitation extends IdentifiedEntity {

	static final int MAX_NOTE_LENGTH = 500;

	@Column(updatable = false)
	private long sectionId;

	@Column(updatable = false)
	private long evidenceId;

	@Column(updatable = false)
	private int evidenceNumber;

	@Column(updatable = false)
	private int paragraph;

	private String note;

	protected StoredCitation() {
	}

	StoredCitation(long sectionId, long evidenceId, int evidenceNumber, int paragraph, String note) {
		this.sectionId = sectionId;
		this.evidenceId = evidenceId;
		this.evidenceNumber = evidenceNumber;
		this.paragraph = paragraph;
		annotate(note);
	}

	void annotate(String newNote) {
		String stripped = (newNote == null) ? "" : newNote.strip();
		if (stripped.length() > MAX_NOTE_LENGTH) {
			throw new IllegalArgumentException("A note has at most " + MAX_NOTE_LENGTH + " characters");
		}
		this.note = stripped.isEmpty() ? null : stripped;
	}

	String anchor() {
		return MarkdownRenderer.anchor(this.paragraph);
	}

}
