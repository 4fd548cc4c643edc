package org.chartfolio.system;

/**
 * A person's action that the rules refuse (a thread already resolved, an invitation
 * already used), with the message key and arguments that tell them why. It is the one way
 * a service or entity says "no" to a person, so a refusal always reaches the page as a
 * message and never as a server error; a refusal about one field of a form is a
 * {@link FieldProblem}, an edit of an outdated version a {@link StaleEditException}.
 */
public class Refusal extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public Refusal(String messageKey, Object... arguments) {
		this(messageKey, messageKey, arguments);
	}

	Refusal(String description, String messageKey, Object... arguments) {
		super(description);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The message's arguments; empty for most. */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
