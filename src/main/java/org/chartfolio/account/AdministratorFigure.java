package org.chartfolio.account;

import org.springframework.stereotype.Component;

/** Tells the header whether to offer the administration pages; asks nothing of the database. */
@Component
class AdministratorFigure implements PageFigure {

	private final Administrators administrators;

	AdministratorFigure(Administrators administrators) {
		this.administrators = administrators;
	}

	@Override
	public String name() {
		return "administrator";
	}

	@Override
	public Object of(SignedInUser person) {
		return this.administrators.includes(person);
	}

}
