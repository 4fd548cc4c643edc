package org.chartfolio.directory;

/**
 * The part of the profession somebody works in; a mentor from another sector widens a
 * candidate's view.
 */
public enum Sector {

	PUBLIC, ACADEMIC, SCHOOL, HEALTH, GOVERNMENT, WORKPLACE, LEGAL, ARCHIVES, OTHER;

	public String messageKey() {
		return "directory.sector." + name();
	}

}
