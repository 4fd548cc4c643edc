package org.chartfolio.portfolio;

import org.chartfolio.system.Refusal;

/**
 * A mentor or line manager could not join a portfolio; the message key says why, in words
 * the person can act on.
 */
public class MembershipRefusedException extends Refusal {

	public MembershipRefusedException(String messageKey) {
		super(messageKey);
	}

}
