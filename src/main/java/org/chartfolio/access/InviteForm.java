package org.chartfolio.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.portfolio.PortfolioRole;

@Getter
@Setter
class InviteForm {

	@NotBlank(message = "{people.invite.email.required}")
	@Size(max = 254, message = "{people.invite.email.invalid}")
	private String email;

	@NotNull(message = "{people.invite.role.required}")
	private PortfolioRole role;

}
