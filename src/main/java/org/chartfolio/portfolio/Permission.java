package org.chartfolio.portfolio;

/**
 * What a request asks to do with a portfolio, one row of the permission table (see this
 * module's package-info). Each portfolio handler states the one it needs with
 * {@link Requires}.
 */
public enum Permission {

	/** Read statements, evidence and files: the candidate and their mentor. */
	READ,

	/**
	 * Write statements, evidence, goals and the rest of the candidate's own work: the
	 * candidate, never in a submitted copy.
	 */
	WRITE,

	/**
	 * Comment, decide a review, keep the meeting log: the candidate and their mentor,
	 * never in a submitted copy.
	 */
	CHANGE,

	/**
	 * See progress (statuses, counts, dates): the candidate, their mentor and their line
	 * manager.
	 */
	PROGRESS,

	/**
	 * Take the portfolio away (its data, its submitted copies), live or submitted: the
	 * candidate alone.
	 */
	OWN;

	/**
	 * Whether a person of this standing may do it; a submitted copy refuses writes and
	 * changes separately.
	 */
	boolean allows(PortfolioRole role) {
		return switch (this) {
			case READ, CHANGE -> role == PortfolioRole.OWNER || role == PortfolioRole.MENTOR;
			case WRITE, OWN -> role == PortfolioRole.OWNER;
			case PROGRESS -> true;
		};
	}

	/**
	 * Whether a submitted copy refuses it: it can be read and taken away, never changed.
	 */
	boolean changesThePortfolio() {
		return this == WRITE || this == CHANGE;
	}

}
