package org.chartfolio.directory;

/** A directory action that cannot be done as asked; the message key tells the person why. */
class DirectoryProblem extends RuntimeException {

	private final String messageKey;

	DirectoryProblem(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
