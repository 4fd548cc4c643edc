package org.chartfolio.evidence;

/**
 * Input the evidence service refused, naming the form field it concerns, the message key that
 * explains it and the message's arguments, so a controller can show it next to that field.
 */
class EvidenceProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	EvidenceProblem(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String field() {
		return this.field;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
