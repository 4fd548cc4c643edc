package org.chartfolio.access;

/**
 * How an invitation link reaches the invited person besides the candidate's screen. The
 * access module only publishes {@link InvitationIssued}; the module that sends email
 * implements this, so the people page can tell the candidate whether the link went out or
 * must be passed on by hand.
 */
public interface InvitationEmail {

	enum Delivery {

		/** No mail server is configured: the candidate passes the link on. */
		BY_HAND,
		/**
		 * The email with the link is on its way: stored with the invitation and sent in
		 * the background (again later if the mail server is down), so whether the mail
		 * server took it is not known yet.
		 */
		SENDING

	}

	/**
	 * What became of the email for a link issued to the address once its transaction
	 * committed (never whether it arrived).
	 */
	Delivery deliveryTo(String email);

	/** Whether links are emailed at all. */
	boolean enabled();

}
