package org.chartfolio.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.RequiredPlainText;

@Getter
@Setter
class RegistrationForm {

	@RequiredPlainText(max = Account.MAX_NAME_LENGTH, required = "{register.name.required}",
			tooLong = "{register.name.tooLong}")
	private String name;

	@NotBlank(message = "{register.email.required}")
	@Email(message = "{register.email.invalid}")
	@Size(max = Account.MAX_EMAIL_LENGTH, message = "{register.email.invalid}")
	private String email;

	private String password;

	public void setEmail(String email) {
		this.email = (email == null) ? null : email.strip();
	}

	AccountService.Registration toRegistration() {
		return new AccountService.Registration(this.name, this.email, this.password);
	}

}
