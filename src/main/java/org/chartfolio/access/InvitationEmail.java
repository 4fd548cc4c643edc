package org.chartfolio.access;

/**
 * How an invitation link reaches the invited person besides the candidate's screen. The access
 * module only publishes {@link InvitationIssued}; the module that sends email implements this, so the
 * people page can tell the candidate whether the link went out or must be passed on by hand.
 */
public interface InvitationEmail {

	enum Delivery {

		/** No mail server is configured: the candidate passes the link on. */
		BY_HAND,
		/**
		 * The email with the link is on its way: it goes out in the background, so whether the mail
		 * server took it is not known yet.
		 */
		SENDING,
		/** The email could not even be queued; the invitation stands and the candidate passes the link on. */
		FAILED

	}

	/**
	 * What became of the email for the link this thread issued last for the address, once its
	 * transaction committed (queued or not, never whether it arrived); asking forgets the answer.
	 */
	Delivery deliveryTo(String email);

	/** Whether links are emailed at all. */
	boolean enabled();

}
