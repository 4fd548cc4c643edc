package org.chartfolio.pksb;

import java.util.List;

/** The rating scale in force: its levels in order, lowest first. */
record Scale(List<Level> levels) {

	record Level(int level, String label) {
	}

	boolean contains(int level) {
		return this.levels.stream().anyMatch((l) -> l.level() == level);
	}

	int lowest() {
		return this.levels.isEmpty() ? 0 : this.levels.get(0).level();
	}

	int highest() {
		return this.levels.isEmpty() ? 0 : this.levels.get(this.levels.size() - 1).level();
	}

}
