package org.chartfolio.account;

import jakarta.validation.constraints.NotEmpty;

import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
class PasswordForm {

	@NotEmpty(message = "{account.password.currentRequired}")
	private String currentPassword;

	private String newPassword;

}
