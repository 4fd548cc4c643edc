package org.chartfolio.portfolio;

/**
 * Where a section stands in review; its label is the message
 * {@code section.status.<NAME>}.
 */
public enum SectionStatus {

	DRAFT, READY_FOR_REVIEW, CHANGES_REQUESTED, APPROVED;

	public String messageKey() {
		return "section.status." + name();
	}

}
