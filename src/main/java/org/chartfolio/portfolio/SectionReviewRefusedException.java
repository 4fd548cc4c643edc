package org.chartfolio.portfolio;

/**
 * A review step the section's rules do not allow (marking ready what is already waiting,
 * approving what was never marked ready, reopening without a reason...); the message key
 * says why, in words the person can act on.
 */
public class SectionReviewRefusedException extends RuntimeException {

	private final String messageKey;

	public SectionReviewRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
