package org.chartfolio.archive;

/**
 * An import refused, with the message key (and its arguments) that tells the person why.
 */
class ArchiveProblem extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	ArchiveProblem(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
