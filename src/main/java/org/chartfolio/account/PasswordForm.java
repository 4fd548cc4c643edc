package org.chartfolio.account;

import jakarta.validation.constraints.NotEmpty;

class PasswordForm {

	@NotEmpty(message = "{account.password.currentRequired}")
	private String currentPassword;

	private String newPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

}
