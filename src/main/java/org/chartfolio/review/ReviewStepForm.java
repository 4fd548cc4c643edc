package org.chartfolio.review;

import lombok.Getter;
import lombok.Setter;

/**
 * A review step on a section: the section's version as the page showed it, and the words
 * it needs.
 */
@Getter
@Setter
class ReviewStepForm {

	private long version;

	/** The mentor's request for changes. */
	private String comment;

	/** The candidate's reason for reopening an approved section. */
	private String reason;

	/**
	 * Where to go back to once the step is taken: the review page unless a section's page
	 * says. Bound as the name the form posted, so that a name that is not one of ours is
	 * no binding error on the page but simply the review page.
	 */
	private String returnTo;

	/**
	 * The mentor has been told that threads are unresolved, and approves all the same.
	 */
	private boolean despiteUnresolved;

	/**
	 * The place named by {@link #getReturnTo()}, the review page unless it is one of
	 * ours.
	 */
	ReviewReturn returnPlace() {
		return ReviewReturn.named(this.returnTo);
	}

}
