package org.chartfolio.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

class EmailChangeForm {

	@NotBlank(message = "{register.email.required}")
	@Email(message = "{register.email.invalid}")
	@Size(max = Account.MAX_EMAIL_LENGTH, message = "{register.email.invalid}")
	private String newEmail;

	@NotEmpty(message = "{account.password.currentRequired}")
	private String currentPassword;

	public String getNewEmail() {
		return this.newEmail;
	}

	public void setNewEmail(String newEmail) {
		this.newEmail = (newEmail == null) ? null : newEmail.strip();
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

}
