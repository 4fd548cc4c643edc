package org.chartfolio.review;

import lombok.Getter;
import lombok.Setter;

/**
 * Resolving or reopening a comment thread: the thread's version as the page showed it. A
 * boxed number, so that a post without one (a stale form, a hand-made request) binds and
 * is answered with the thread page rather than a bare 400.
 */
@Getter
@Setter
class ThreadStepForm {

	private Long version;

}
