package org.chartfolio.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing found: what kind of thing it is (a message key), its title, a snippet with
 * the matched words marked, where to go, and how well it matched.
 */
public record SearchHit(String kindKey, String title, String snippet, String url, double rank) {

	/** A run of snippet text, highlighted or not; the page escapes every run. */
	public record Run(String text, boolean highlighted) {
	}

	public List<Run> snippetRuns() {
		List<Run> runs = new ArrayList<>();
		String rest = (this.snippet != null) ? this.snippet : "";
		while (!rest.isEmpty()) {
			int start = rest.indexOf(SearchQuery.START);
			if (start < 0) {
				runs.add(new Run(rest, false));
				break;
			}
			if (start > 0) {
				runs.add(new Run(rest.substring(0, start), false));
			}
			int stop = rest.indexOf(SearchQuery.STOP, start);
			if (stop < 0) {
				runs.add(new Run(rest.substring(start + 1), true));
				break;
			}
			runs.add(new Run(rest.substring(start + 1, stop), true));
			rest = rest.substring(stop + 1);
		}
		return runs;
	}

}
