package org.chartfolio.account;

/** The password that confirms deleting one's account; checked (and throttled) in the service. */
class DeleteAccountForm {

	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
