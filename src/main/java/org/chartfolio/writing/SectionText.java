package org.chartfolio.writing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;

/**
 * The current text of one written section. Its version is the optimistic lock that the
 * editor posts back: a save made from a page opened before another save is refused.
 */
@Entity
@Table(name = "section_text")
@Getter(AccessLevel.PACKAGE)
class SectionText {

	@Id
	private Long sectionId;

	@Column(updatable = false)
	private long portfolioId;

	private String body = "";

	private int wordCount;

	@Version
	private long version;

	private Instant updatedAt;

	protected SectionText() {
	}

	boolean isStale(long postedVersion) {
		return postedVersion != this.version;
	}

	boolean hasBody(String text) {
		return this.body.equals(text);
	}

	void rewrite(String newBody, int words, Instant now) {
		this.body = newBody;
		this.wordCount = words;
		this.updatedAt = now;
	}

}
