package org.chartfolio.pksb;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.pksb.PksbService.RatingEdit;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.VersionedEntity;

/**
 * An area or sub-area the candidate chose to assess: where they stand now, where they aim
 * to be, and how they will show it. A target below the current level is refused; a gap
 * (target above now) can become one development-plan goal, once.
 */
@Entity
@Table(name = "pksb_rating")
class PksbRating extends VersionedEntity {

	static final int MAX_COMMENT_LENGTH = 2000;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long portfolioId;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private long areaId;

	@Column(updatable = false)
	@Getter(AccessLevel.PACKAGE)
	private Long subAreaId;

	@Getter(AccessLevel.PACKAGE)
	private Integer currentLevel;

	@Getter(AccessLevel.PACKAGE)
	private Integer targetLevel;

	@Getter(AccessLevel.PACKAGE)
	private String comment = "";

	@Getter(AccessLevel.PACKAGE)
	private Long goalId;

	@Column(updatable = false)
	private Instant createdAt;

	@Getter(AccessLevel.PACKAGE)
	private Instant updatedAt;

	protected PksbRating() {
	}

	PksbRating(long portfolioId, long areaId, Long subAreaId, Instant now) {
		this.portfolioId = portfolioId;
		this.areaId = areaId;
		this.subAreaId = subAreaId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Rates the item on the given scale; either level may stay empty while the candidate
	 * thinks.
	 */
	void rate(RatingEdit edit, Scale scale, Instant now) {
		Integer current = edit.currentLevel();
		Integer target = edit.targetLevel();
		String newComment = edit.comment();
		if (current != null && !scale.contains(current)) {
			throw new FieldProblem("currentLevel", "pksb.level.outOfScale");
		}
		if (target != null && !scale.contains(target)) {
			throw new FieldProblem("targetLevel", "pksb.level.outOfScale");
		}
		if (current != null && target != null && target < current) {
			throw new FieldProblem("targetLevel", "pksb.target.belowCurrent");
		}
		String comment = (newComment != null) ? newComment.strip() : "";
		if (comment.length() > MAX_COMMENT_LENGTH) {
			throw new FieldProblem("comment", "pksb.comment.tooLong");
		}
		this.currentLevel = current;
		this.targetLevel = target;
		this.comment = comment;
		this.updatedAt = now;
	}

	/**
	 * How many levels the candidate means to climb; zero when there is no gap or it is
	 * not rated.
	 */
	int gap() {
		if (this.currentLevel == null || this.targetLevel == null) {
			return 0;
		}
		return Math.max(0, this.targetLevel - this.currentLevel);
	}

	/** Remembers the goal made from this gap; a gap becomes a goal once. */
	void becameGoal(long goal, Instant now) {
		if (gap() == 0) {
			throw new IllegalStateException("PKSB rating " + getId() + " has no gap to turn into a goal");
		}
		if (this.goalId != null) {
			throw new IllegalStateException("PKSB rating " + getId() + " already became goal " + this.goalId);
		}
		this.goalId = goal;
		this.updatedAt = now;
	}

}
