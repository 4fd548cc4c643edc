package org.chartfolio.portfolio;

/**
 * A mentor or line manager could not join a portfolio; the message key says why, in words
 * the person can act on.
 */
public class MembershipRefusedException extends RuntimeException {

	private final String messageKey;

	public MembershipRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
