package org.chartfolio.signoff;

/**
 * A supporter's link that does not work (unknown, expired, withdrawn or used): its page
 * says which.
 */
class SupporterLinkException extends RuntimeException {

	private final String messageKey;

	SupporterLinkException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
