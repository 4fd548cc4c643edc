package org.chartfolio.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/** One email address: asking for a reset link, or an administrator making one. */
@Getter
@Setter
class EmailForm {

	@NotBlank(message = "{register.email.required}")
	@Email(message = "{register.email.invalid}")
	@Size(max = Account.MAX_EMAIL_LENGTH, message = "{register.email.invalid}")
	private String email;

	public void setEmail(String email) {
		this.email = (email == null) ? null : email.strip();
	}

}
