package org.chartfolio.evidence;

/** The item was saved by someone else (another tab, another device) since the form was opened. */
class EvidenceChangedException extends RuntimeException {

	private final long currentVersion;

	EvidenceChangedException(long currentVersion) {
		super("Evidence item changed since the form was opened");
		this.currentVersion = currentVersion;
	}

	long currentVersion() {
		return this.currentVersion;
	}

}
