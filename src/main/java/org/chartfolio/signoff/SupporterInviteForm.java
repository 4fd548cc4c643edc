package org.chartfolio.signoff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;

/**
 * The candidate's invitation of a supporter: whom to ask and, optionally, their address.
 */
@Getter
@Setter
class SupporterInviteForm {

	@NotBlank(message = "{signoff.invite.name.required}")
	@Size(max = SignOffDocument.MAX_NAME_LENGTH, message = "{signoff.invite.name.tooLong}")
	@PlainText
	private String name = "";

	@Size(max = 254, message = "{signoff.invite.email.invalid}")
	private String email = "";

}
