package org.chartfolio.account;

/**
 * The new password set through a reset link; the password policy checks it in the
 * service.
 */
class NewPasswordForm {

	private String newPassword;

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
