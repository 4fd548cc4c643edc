package org.chartfolio.signoff;

import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.RequiredPlainText;

/**
 * The candidate's invitation of a supporter: whom to ask and, optionally, their address.
 */
@Getter
@Setter
class SupporterInviteForm {

	@RequiredPlainText(max = SignOffDocument.MAX_NAME_LENGTH, required = "{signoff.invite.name.required}",
			tooLong = "{signoff.invite.name.tooLong}")
	private String name = "";

	@Size(max = 254, message = "{signoff.invite.email.invalid}")
	private String email = "";

}
