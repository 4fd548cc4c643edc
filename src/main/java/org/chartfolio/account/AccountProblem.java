package org.chartfolio.account;

/**
 * A change to an account that the rules refuse, with the form field it concerns and the message
 * key that explains it, so that a controller can show it next to that field.
 */
public class AccountProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	AccountProblem(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
