package org.chartfolio.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.evidence.EvidenceService.EvidenceDetails;
import org.chartfolio.system.BinnableEntity;

/**
 * One piece of evidence. Its number is given once, when it is created, and changes only
 * when the candidate renumbers deliberately. Deleting moves it to the bin; it can be
 * restored from there.
 */
@Entity
@Table(name = "evidence_item")
@Getter(AccessLevel.PACKAGE)
class EvidenceItem extends BinnableEntity {

	static final int MAX_TITLE_LENGTH = 200;

	static final int MAX_TAG_LENGTH = 60;

	/** The description and "what this shows", each. */
	static final int MAX_TEXT_LENGTH = 20_000;

	/** The tags as written in the form, separated by commas. */
	static final int MAX_TAGS_LENGTH = 1000;

	static final int MAX_LINK_LENGTH = 2000;

	@Column(updatable = false)
	private long portfolioId;

	private int number;

	private String title;

	@Enumerated(EnumType.STRING)
	private EvidenceKind kind;

	private LocalDate activityDate;

	private String description = "";

	private String reflection = "";

	private String link;

	@ElementCollection
	@CollectionTable(name = "evidence_tag", joinColumns = @JoinColumn(name = "evidence_id"))
	@Column(name = "tag")
	private Set<String> tags = new LinkedHashSet<>();

	protected EvidenceItem() {
	}

	EvidenceItem(long portfolioId, int number, String title, EvidenceKind kind, Instant now) {
		super(now);
		this.portfolioId = portfolioId;
		this.number = number;
		this.title = checkedTitle(title);
		this.kind = (kind != null) ? kind : EvidenceKind.NOTE;
	}

	/** Applies what the candidate says of the item, as one edit of the form. */
	void describe(EvidenceDetails details, Instant now) {
		this.title = checkedTitle(details.title());
		this.kind = (details.kind() != null) ? details.kind() : this.kind;
		this.activityDate = details.activityDate();
		this.description = (details.description() != null) ? details.description().strip() : "";
		this.reflection = (details.reflection() != null) ? details.reflection().strip() : "";
		this.link = (details.link() == null || details.link().isBlank()) ? null : details.link().strip();
		this.tags.clear();
		if (details.tags() != null) {
			details.tags()
				.stream()
				.map(EvidenceItem::normaliseTag)
				.filter((tag) -> !tag.isEmpty())
				.forEach(this.tags::add);
		}
		changed(now);
	}

	/**
	 * Gives the item a number the candidate chose; the service checks that no other item
	 * has it.
	 */
	void renumber(int newNumber, Instant now) {
		if (newNumber < 1) {
			throw new IllegalArgumentException("Evidence numbers start at 1");
		}
		if (isInBin()) {
			throw new IllegalStateException("An item in the bin cannot be renumbered");
		}
		if (newNumber != this.number) {
			this.number = newNumber;
			changed(now);
		}
	}

	static String normaliseTag(String tag) {
		String stripped = (tag == null) ? "" : tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		return (stripped.length() > MAX_TAG_LENGTH) ? stripped.substring(0, MAX_TAG_LENGTH) : stripped;
	}

	private static String checkedTitle(String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("Evidence needs a title");
		}
		String stripped = title.strip();
		if (stripped.length() > MAX_TITLE_LENGTH) {
			throw new IllegalArgumentException("A title has at most " + MAX_TITLE_LENGTH + " characters");
		}
		return stripped;
	}

	/**
	 * Whether the item says what it is, and what it shows: an assessor reads both beside
	 * its file.
	 */
	boolean hasDescription() {
		return this.description != null && !this.description.isBlank();
	}

	boolean hasReflection() {
		return this.reflection != null && !this.reflection.isBlank();
	}

	EvidenceSummary toSummary() {
		return new EvidenceSummary(getId(), this.portfolioId, this.number, this.title, this.kind, this.activityDate);
	}

	/** The tags in alphabetical order, as every page and export lists them. */
	List<String> sortedTags() {
		return this.tags.stream().sorted().toList();
	}

}
