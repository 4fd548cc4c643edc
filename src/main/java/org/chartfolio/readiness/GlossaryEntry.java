package org.chartfolio.readiness;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.VersionedEntity;

/**
 * One acronym of a portfolio's glossary: defined (its expansion given) or dismissed (the
 * candidate says it needs no explaining). Either way the readiness check stops flagging
 * it.
 */
@Entity
@Table(name = "glossary_entry")
class GlossaryEntry extends VersionedEntity {

	static final int MAX_EXPANSION_LENGTH = 200;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long portfolioId;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private String acronym;

	@Getter(AccessLevel.PACKAGE)
	private String expansion;

	@Getter(AccessLevel.PACKAGE)
	private boolean dismissed;

	private Instant updatedAt;

	protected GlossaryEntry() {
	}

	GlossaryEntry(long portfolioId, String acronym, Instant now) {
		this.portfolioId = portfolioId;
		this.acronym = acronym;
		this.updatedAt = now;
	}

	/** Gives the acronym its expansion; an empty or over-long one is refused. */
	void define(String newExpansion, Instant now) {
		String stripped = (newExpansion != null) ? newExpansion.strip() : "";
		if (stripped.isEmpty()) {
			throw new FieldProblem("expansion", "readiness.glossary.expansion.required");
		}
		if (stripped.length() > MAX_EXPANSION_LENGTH) {
			throw new FieldProblem("expansion", "readiness.glossary.expansion.tooLong");
		}
		this.expansion = stripped;
		this.updatedAt = now;
	}

	/** Says the acronym needs no explaining, or (undismissing) that it does after all. */
	void dismiss(boolean dismiss, Instant now) {
		this.dismissed = dismiss;
		this.updatedAt = now;
	}

	/** Whether the readiness check should leave this acronym alone. */
	boolean settles() {
		return this.dismissed || this.expansion != null;
	}

}
