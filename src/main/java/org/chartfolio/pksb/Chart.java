package org.chartfolio.pksb;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The change per area as a bar chart, laid out on the server so the page draws it as
 * plain SVG: per area one bar for the start, one for the end (or now, before the final
 * snapshot) and one for the target, each with its value written beside it and a pattern
 * of its own, so it reads without colour.
 */
public record Chart(int width, int height, int max, List<Band> bands, boolean endIsNow) {

	static final int WIDTH = 640;

	static final int LABEL_HEIGHT = 20;

	static final int BAR_HEIGHT = 14;

	static final int BAR_GAP = 4;

	static final int BAND_GAP = 14;

	static final int BAR_LEFT = 70;

	static final int BAR_SPACE = WIDTH - BAR_LEFT - 50;

	/** The averages of one area; a value is null when nothing in it had that rating. */
	public record Band(String area, int y, List<Bar> bars) {
	}

	/**
	 * One bar. {@code kind} is start, end or target (its pattern and its name in the
	 * legend); {@code value} is the average shown as text, null when there is none.
	 */
	public record Bar(String kind, BigDecimal value, int y, int width, int textX) {

		public boolean present() {
			return this.value != null;
		}

	}

	/** The averages of one area before they are laid out. */
	record Averages(String area, BigDecimal start, BigDecimal end, BigDecimal target) {
	}

	static Chart of(List<Averages> areas, int max, boolean endIsNow) {
		List<Band> bands = new ArrayList<>();
		int y = 0;
		for (Averages area : areas) {
			int barY = y + LABEL_HEIGHT;
			List<Bar> bars = new ArrayList<>();
			bars.add(bar("start", area.start(), barY, max));
			bars.add(bar("end", area.end(), barY + BAR_HEIGHT + BAR_GAP, max));
			bars.add(bar("target", area.target(), barY + 2 * (BAR_HEIGHT + BAR_GAP), max));
			bands.add(new Band(area.area(), y + 14, bars));
			y = barY + 3 * (BAR_HEIGHT + BAR_GAP) + BAND_GAP;
		}
		return new Chart(WIDTH, Math.max(y, 1), max, bands, endIsNow);
	}

	private static Bar bar(String kind, BigDecimal value, int y, int max) {
		int width = (value == null || max <= 0) ? 0
				: value.multiply(BigDecimal.valueOf(BAR_SPACE))
					.divide(BigDecimal.valueOf(max), 0, RoundingMode.HALF_UP)
					.intValue();
		return new Bar(kind, value, y, width, BAR_LEFT + width + 6);
	}

	static BigDecimal average(List<Integer> values) {
		List<Integer> present = values.stream().filter((v) -> v != null).toList();
		if (present.isEmpty()) {
			return null;
		}
		int sum = present.stream().mapToInt(Integer::intValue).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(present.size()), 1, RoundingMode.HALF_UP);
	}

	public boolean isEmpty() {
		return this.bands.isEmpty();
	}

	public int barLeft() {
		return BAR_LEFT;
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}

}
