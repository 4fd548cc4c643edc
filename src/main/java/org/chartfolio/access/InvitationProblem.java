package org.chartfolio.access;

/** An invitation that cannot be used as asked; the message key tells the person why. */
class InvitationProblem extends RuntimeException {

	private final String messageKey;

	InvitationProblem(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
