package org.chartfolio.system;

import org.springframework.validation.BindingResult;

/**
 * Input that a service or entity refused, naming the form field it concerns and the
 * message that explains it, so that the message is shown next to that field
 * ({@link #rejectOn}).
 */
public class FieldProblem extends Refusal {

	private final String field;

	public FieldProblem(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey, messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

	/** Shows the message next to its field of the form. */
	public void rejectOn(BindingResult result) {
		Object[] arguments = arguments();
		result.rejectValue(this.field, messageKey(), (arguments.length == 0) ? null : arguments, null);
	}

}
