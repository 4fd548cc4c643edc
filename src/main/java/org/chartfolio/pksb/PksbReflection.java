package org.chartfolio.pksb;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.VersionedEntity;

/**
 * The candidate's end reflection on one PKSB area they chose: how their rating changed
 * and what showed it. Assessors read it beside the comments on the ratings, and the final
 * snapshot waits for it.
 */
@Entity
@Table(name = "pksb_reflection")
class PksbReflection extends VersionedEntity {

	static final int MAX_LENGTH = 3000;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long portfolioId;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long areaId;

	@Getter(AccessLevel.PACKAGE)
	private String text;

	private Instant updatedAt;

	protected PksbReflection() {
	}

	PksbReflection(long portfolioId, long areaId) {
		this.portfolioId = portfolioId;
		this.areaId = areaId;
	}

	/**
	 * Refuses an empty reflection: one that says nothing would let the final snapshot
	 * through.
	 */
	void write(String newText, Instant now) {
		String stripped = (newText != null) ? newText.strip() : "";
		if (stripped.isEmpty()) {
			throw new FieldProblem("text", "pksb.reflection.empty");
		}
		if (stripped.length() > MAX_LENGTH) {
			throw new FieldProblem("text", "pksb.reflection.tooLong");
		}
		this.text = stripped;
		this.updatedAt = now;
	}

}
