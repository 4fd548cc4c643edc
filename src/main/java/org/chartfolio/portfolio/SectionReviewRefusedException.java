package org.chartfolio.portfolio;

import org.chartfolio.system.Refusal;

/**
 * A review step the section's rules do not allow (marking ready what is already waiting,
 * approving what was never marked ready, reopening without a reason...); the message key
 * says why, in words the person can act on.
 */
public class SectionReviewRefusedException extends Refusal {

	public SectionReviewRefusedException(String messageKey) {
		super(messageKey);
	}

}
