package org.chartfolio.review;

/** Approving while threads are unresolved: the mentor is asked first, told how many. */
class UnresolvedThreadsException extends RuntimeException {

	private final long unresolved;

	UnresolvedThreadsException(long unresolved) {
		super(unresolved + " unresolved threads");
		this.unresolved = unresolved;
	}

	long unresolved() {
		return this.unresolved;
	}

}
