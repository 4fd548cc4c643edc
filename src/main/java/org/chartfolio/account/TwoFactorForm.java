package org.chartfolio.account;

/**
 * A code from the authenticator app or a recovery code, and, to turn two-factor off, the
 * password too.
 */
class TwoFactorForm {

	private String code;

	private String password;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
