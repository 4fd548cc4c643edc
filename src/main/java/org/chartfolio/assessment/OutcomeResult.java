package org.chartfolio.assessment;

/** What the Professional Registration panel decided about a submission. */
enum OutcomeResult {

	AWARDED, FURTHER_INFORMATION, UNSUCCESSFUL;

	public String messageKey() {
		return "outcome.result." + name();
	}

}
