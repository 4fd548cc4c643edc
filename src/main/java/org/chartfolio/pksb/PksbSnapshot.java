package org.chartfolio.pksb;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.IdentifiedEntity;

/**
 * The ratings as they stood when the candidate took the snapshot. Taking it again
 * replaces what it held, so the start can be set once the candidate has rated everything
 * they chose.
 */
@Entity
@Table(name = "pksb_snapshot")
@Getter(AccessLevel.PACKAGE)
class PksbSnapshot extends IdentifiedEntity {

	@Column(updatable = false)
	private long portfolioId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private SnapshotKind kind;

	private Instant takenAt;

	@ElementCollection
	@CollectionTable(name = "pksb_snapshot_entry", joinColumns = @JoinColumn(name = "snapshot_id"))
	private List<Entry> entries = new ArrayList<>();

	protected PksbSnapshot() {
	}

	PksbSnapshot(long portfolioId, SnapshotKind kind) {
		this.portfolioId = portfolioId;
		this.kind = kind;
	}

	/**
	 * Copies the ratings; refused when none of them has a level yet, as there would be
	 * nothing to compare, and the final snapshot refused while an area of the ratings has
	 * no end reflection.
	 */
	void take(List<PksbRating> ratings, java.util.Set<Long> reflectedAreas, Instant now) {
		if (ratings.stream().noneMatch((r) -> r.getCurrentLevel() != null)) {
			throw new IllegalStateException("A PKSB snapshot needs at least one rated item");
		}
		if (this.kind == SnapshotKind.FINAL
				&& ratings.stream().anyMatch((r) -> !reflectedAreas.contains(r.getAreaId()))) {
			throw new IllegalStateException("The final PKSB snapshot needs an end reflection on every chosen area");
		}
		this.entries.clear();
		for (PksbRating rating : ratings) {
			this.entries
				.add(new Entry(rating.getId(), rating.getCurrentLevel(), rating.getTargetLevel(), rating.getComment()));
		}
		this.takenAt = now;
	}

	@Embeddable
	@Getter(AccessLevel.PACKAGE)
	static class Entry {

		private long ratingId;

		private Integer level;

		private Integer targetLevel;

		private String comment = "";

		protected Entry() {
		}

		Entry(long ratingId, Integer level, Integer targetLevel, String comment) {
			this.ratingId = ratingId;
			this.level = level;
			this.targetLevel = targetLevel;
			this.comment = comment;
		}

	}

}
