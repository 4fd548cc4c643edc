package org.chartfolio.account;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in sessions of an account, wherever they are kept: listed on the account
 * page and ended when the password or sign-in email changes, or when the person asks.
 */
interface AccountSessions {

	/**
	 * The session attribute holding a short description of the device, written when
	 * somebody signs in.
	 */
	String DEVICE = "org.chartfolio.account.device";

	/**
	 * A session as its owner sees it: the device, when it was last used and whether it is
	 * this one.
	 */
	record SignedInSession(Devices.Device device, Instant lastSeen, boolean current) {
	}

	/**
	 * The sessions signed in with this email, this one first, then the most recently
	 * used.
	 */
	List<SignedInSession> of(String email, String currentSessionId);

	/**
	 * Ends every session signed in with this email but the one named (null ends them
	 * all); gives how many ended.
	 */
	int endAll(String email, String exceptSessionId);

}
