package org.chartfolio.review;

/**
 * Resolving or reopening a comment thread: the thread's version as the page showed it. A
 * boxed number, so that a post without one (a stale form, a hand-made request) binds and
 * is answered with the thread page rather than a bare 400.
 */
class ThreadStepForm {

	private Long version;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
