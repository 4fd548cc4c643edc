package org.chartfolio.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to offer the administration pages; asks nothing of the database. */
@ControllerAdvice
class AdministratorAdvice {

	// A provider, so that web slice tests, which load every controller advice but no components, start.
	private final ObjectProvider<Administrators> administrators;

	AdministratorAdvice(ObjectProvider<Administrators> administrators) {
		this.administrators = administrators;
	}

	@ModelAttribute("administrator")
	boolean administrator(@AuthenticationPrincipal SignedInUser user) {
		Administrators known = this.administrators.getIfAvailable();
		return known != null && known.includes(user);
	}

}
