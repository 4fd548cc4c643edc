package org.chartfolio.account;

import lombok.Getter;
import lombok.Setter;

/** Which roles must use two-factor sign-in, as the administrator ticks them. */
@Getter
@Setter
class TwoFactorPolicyForm {

	private boolean forMentors;

	private boolean forAdministrators;

	TwoFactorPolicyForm() {
	}

	TwoFactorPolicyForm(boolean forMentors, boolean forAdministrators) {
		this.forMentors = forMentors;
		this.forAdministrators = forAdministrators;
	}

}
