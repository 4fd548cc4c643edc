package org.chartfolio.signoff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.chartfolio.system.PlainText;

/**
 * The candidate's invitation of a supporter: whom to ask and, optionally, their address.
 */
class SupporterInviteForm {

	@NotBlank(message = "{signoff.invite.name.required}")
	@Size(max = SignOffDocument.MAX_NAME_LENGTH, message = "{signoff.invite.name.tooLong}")
	@PlainText
	private String name = "";

	@Size(max = 254, message = "{signoff.invite.email.invalid}")
	private String email = "";

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
		this.email = email;
	}

}
