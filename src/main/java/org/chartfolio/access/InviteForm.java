package org.chartfolio.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chartfolio.portfolio.PortfolioRole;

class InviteForm {

	@NotBlank(message = "{people.invite.email.required}")
	@Size(max = 254, message = "{people.invite.email.invalid}")
	private String email;

	@NotNull(message = "{people.invite.role.required}")
	private PortfolioRole role;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public PortfolioRole getRole() {
		return this.role;
	}

	public void setRole(PortfolioRole role) {
		this.role = role;
	}

}
