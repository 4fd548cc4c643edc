package org.chartfolio.account;

/**
 * The password that confirms a change that matters (deleting the account, new recovery
 * codes); checked and throttled in the service.
 */
class ConfirmPasswordForm {

	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
