package org.chartfolio.account;

/**
 * An account is being deleted, inside the transaction that deletes it: every module
 * removes what it keeps of the person (their portfolios with everything in them,
 * listings, requests, notifications, memberships) before the account row goes, so the
 * deletion commits whole or not at all. Listeners run in the order of their
 * {@code @Order}; the portfolio module, which the others hang from, runs last.
 *
 * @param accountId the account
 * @param name the name the person had, for those who are told they left
 */
public record AccountDeleting(long accountId, String name) {

	/**
	 * The listener order of modules whose rows hang from portfolios and must go before
	 * them.
	 */
	public static final int BEFORE_PORTFOLIOS = 0;

	/** The listener order of the portfolio module, after every other. */
	public static final int PORTFOLIOS = 100;

}
