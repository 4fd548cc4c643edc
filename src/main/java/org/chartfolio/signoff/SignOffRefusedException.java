package org.chartfolio.signoff;

/**
 * A step a sign-off document refuses (signing twice, changing a signed text); the page
 * says why.
 */
class SignOffRefusedException extends RuntimeException {

	private final String messageKey;

	SignOffRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
