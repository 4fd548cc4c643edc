package org.chartfolio.support;

import java.time.LocalDate;
import java.util.Set;

import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService.EvidenceDetails;

/**
 * An evidence item's details with defaults, so that a test names only what it is about:
 * {@code evidence("Minutes").kind(MINUTES).build()}. By default a note with no date, no
 * description or reflection (which the app keeps as empty, as it keeps null), no link and
 * no tags.
 */
public final class EvidenceDetailsBuilder {

	private final String title;

	private EvidenceKind kind = EvidenceKind.NOTE;

	private LocalDate activityDate;

	private String description = "";

	private String reflection = "";

	private String link;

	private Set<String> tags = Set.of();

	private EvidenceDetailsBuilder(String title) {
		this.title = title;
	}

	public static EvidenceDetailsBuilder evidence(String title) {
		return new EvidenceDetailsBuilder(title);
	}

	public EvidenceDetailsBuilder kind(EvidenceKind kind) {
		this.kind = kind;
		return this;
	}

	/** The date of the activity the item is evidence of. */
	public EvidenceDetailsBuilder on(LocalDate activityDate) {
		this.activityDate = activityDate;
		return this;
	}

	public EvidenceDetailsBuilder description(String description) {
		this.description = description;
		return this;
	}

	public EvidenceDetailsBuilder reflection(String reflection) {
		this.reflection = reflection;
		return this;
	}

	public EvidenceDetailsBuilder link(String link) {
		this.link = link;
		return this;
	}

	public EvidenceDetailsBuilder tags(String... tags) {
		return tags(Set.of(tags));
	}

	public EvidenceDetailsBuilder tags(Set<String> tags) {
		this.tags = tags;
		return this;
	}

	public EvidenceDetails build() {
		return new EvidenceDetails(this.title, this.kind, this.activityDate, this.description, this.reflection,
				this.link, this.tags);
	}

}
