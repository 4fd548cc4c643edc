package org.chartfolio.evidence;

import java.time.Instant;

/**
 * An item in the bin, which can be restored, with the same number, until
 * {@code restorableUntil}.
 */
public record BinnedEvidence(long id, int number, String title, EvidenceKind kind, Instant deletedAt,
		Instant restorableUntil) {

	public String label() {
		return "E" + this.number;
	}

}
