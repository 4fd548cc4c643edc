package org.chartfolio.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
class EmailChangeForm {

	@NotBlank(message = "{register.email.required}")
	@Email(message = "{register.email.invalid}")
	@Size(max = Account.MAX_EMAIL_LENGTH, message = "{register.email.invalid}")
	private String newEmail;

	@NotEmpty(message = "{account.password.currentRequired}")
	private String currentPassword;

	public void setNewEmail(String newEmail) {
		this.newEmail = (newEmail == null) ? null : newEmail.strip();
	}

}
