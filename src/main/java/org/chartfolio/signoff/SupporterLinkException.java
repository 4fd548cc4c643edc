package org.chartfolio.signoff;

import org.chartfolio.system.Refusal;

/**
 * A supporter's link that does not work (unknown, expired, withdrawn or used): its page
 * says which.
 */
class SupporterLinkException extends Refusal {

	SupporterLinkException(String messageKey) {
		super(messageKey);
	}

}
