package org.chartfolio.evidence;

import java.time.LocalDate;

/** An evidence item as other modules and lists see it. */
public record EvidenceSummary(long id, long portfolioId, int number, String title, EvidenceKind kind,
		LocalDate activityDate) {

	/** The item's citation label, as written in a statement: E7. */
	public String label() {
		return "E" + this.number;
	}

}
