package org.chartfolio.signoff;

import org.chartfolio.system.Refusal;

/**
 * A step a sign-off document refuses (signing twice, changing a signed text); the page
 * says why.
 */
class SignOffRefusedException extends Refusal {

	SignOffRefusedException(String messageKey) {
		super(messageKey);
	}

}
