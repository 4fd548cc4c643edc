package org.chartfolio.portfolio;

/**
 * The section is approved, so its text stays as the mentor approved it until the
 * candidate reopens the section.
 */
public class SectionLockedException extends RuntimeException {

	public SectionLockedException(long sectionId) {
		super("Section " + sectionId + " is approved and locked until it is reopened");
	}

}
