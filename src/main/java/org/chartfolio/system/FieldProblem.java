package org.chartfolio.system;

/**
 * Input that a service refused, naming the form field it concerns and the message key that
 * explains it, so that a controller can show the message next to that field.
 */
public class FieldProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FieldProblem(String field, String messageKey) {
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
