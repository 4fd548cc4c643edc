package org.chartfolio.account;

import org.chartfolio.system.FieldProblem;

/** A change to an account that the rules refuse. */
public class AccountProblem extends FieldProblem {

	AccountProblem(String field, String messageKey) {
		super(field, messageKey);
	}

}
