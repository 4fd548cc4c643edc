package org.chartfolio.review;

/** A thread step that does not fit the thread's state (resolving what is resolved); the key says why. */
class ReviewProblem extends RuntimeException {

	private final String messageKey;

	ReviewProblem(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
