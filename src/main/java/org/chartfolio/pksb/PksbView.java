package org.chartfolio.pksb;

import java.time.Instant;
import java.util.List;

/**
 * Everything the PKSB page shows: the scale, the items the candidate chose with the
 * start, now, target and end side by side, what is left to choose, the snapshots and the
 * chart.
 */
public record PksbView(String frameworkName, List<Scale.Level> scale, List<Row> rows, List<Choice> choices,
		List<Reflection> reflections, Instant initialTakenAt, Instant finalTakenAt, Chart chart) {

	/**
	 * The end reflection on one area the candidate chose (through the area or its
	 * sub-areas); {@code text} is null until written, {@code version} is what a form
	 * opened now starts from ({@link #UNWRITTEN} before the first save, so that two tabs
	 * cannot both write the first one).
	 */
	public record Reflection(long areaId, String areaName, AreaGroup group, String text, long version) {

		public static final long UNWRITTEN = -1;

		public boolean written() {
			return this.text != null;
		}

	}

	/**
	 * The chosen areas still without an end reflection, which the final snapshot waits
	 * for.
	 */
	public List<String> areasWithoutReflection() {
		return this.reflections.stream().filter((r) -> !r.written()).map(Reflection::areaName).toList();
	}

	/**
	 * One chosen item. {@code start} and {@code end} come from the snapshots (null until
	 * taken); {@code now} and {@code target} are the live ratings.
	 */
	public record Row(long id, String areaName, AreaGroup group, String subAreaCode, String subAreaName, Integer start,
			Integer now, Integer target, Integer end, String comment, Long goalId, long version) {

		public String name() {
			return (this.subAreaName != null) ? this.subAreaCode + " " + this.subAreaName : this.areaName;
		}

		public int gap() {
			return (this.now == null || this.target == null) ? 0 : Math.max(0, this.target - this.now);
		}

		public boolean canBecomeGoal() {
			return gap() > 0 && this.goalId == null;
		}

	}

	/** Something still to choose: an area, or a sub-area once sub-areas are imported. */
	public record Choice(String key, AreaGroup group, String label) {
	}

	public boolean hasInitial() {
		return this.initialTakenAt != null;
	}

	public boolean hasFinal() {
		return this.finalTakenAt != null;
	}

	public boolean anyRated() {
		return this.rows.stream().anyMatch((row) -> row.now() != null);
	}

	/** The highest gaps first: what the candidate most wants to grow. */
	public List<Row> gaps() {
		return this.rows.stream().filter((row) -> row.gap() > 0).toList();
	}

}
