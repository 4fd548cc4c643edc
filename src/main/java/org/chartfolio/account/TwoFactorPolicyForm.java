package org.chartfolio.account;

/** Which roles must use two-factor sign-in, as the administrator ticks them. */
class TwoFactorPolicyForm {

	private boolean forMentors;

	private boolean forAdministrators;

	TwoFactorPolicyForm() {
	}

	TwoFactorPolicyForm(boolean forMentors, boolean forAdministrators) {
		this.forMentors = forMentors;
		this.forAdministrators = forAdministrators;
	}

	public boolean isForMentors() {
		return this.forMentors;
	}

	public void setForMentors(boolean forMentors) {
		this.forMentors = forMentors;
	}

	public boolean isForAdministrators() {
		return this.forAdministrators;
	}

	public void setForAdministrators(boolean forAdministrators) {
		this.forAdministrators = forAdministrators;
	}

}
