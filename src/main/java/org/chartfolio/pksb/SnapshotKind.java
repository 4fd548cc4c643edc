package org.chartfolio.pksb;

/**
 * The ratings at the start of the journey and at its end; the label is
 * {@code pksb.snapshot.<NAME>}.
 */
public enum SnapshotKind {

	INITIAL, FINAL;

	public String messageKey() {
		return "pksb.snapshot." + name();
	}

}
