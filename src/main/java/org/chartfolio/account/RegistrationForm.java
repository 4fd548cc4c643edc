package org.chartfolio.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chartfolio.system.PlainText;

class RegistrationForm {

	@NotBlank(message = "{register.name.required}")
	@Size(max = Account.MAX_NAME_LENGTH, message = "{register.name.tooLong}")
	@PlainText
	private String name;

	@NotBlank(message = "{register.email.required}")
	@Email(message = "{register.email.invalid}")
	@Size(max = Account.MAX_EMAIL_LENGTH, message = "{register.email.invalid}")
	private String email;

	private String password;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email == null) ? null : email.strip();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	AccountService.Registration toRegistration() {
		return new AccountService.Registration(this.name, this.email, this.password);
	}

}
