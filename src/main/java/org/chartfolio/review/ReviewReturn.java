package org.chartfolio.review;

/**
 * Where a review step taken from a section's own page goes back to. Forms say one of
 * these names, never an address: whatever else is posted binds to nothing and the step
 * returns to the review page, so a form cannot send anybody elsewhere (no open redirect).
 * Each place is a path of the same portfolio and section.
 */
enum ReviewReturn {

	/** The section's review page, where the steps were always taken. */
	REVIEW("/sections/{sectionId}/review"),
	/**
	 * The page of a written section (statement, CV, job description, organisational
	 * context).
	 */
	SECTION("/sections/{sectionId}"),
	/** The editor of a written section. */
	EDITOR("/sections/{sectionId}/edit"),
	/** The PKSB self-assessment, the page of the PKSB section. */
	PKSB("/pksb"),
	/** The development plan, the page of the plan section. */
	PLAN("/plan");

	private final String path;

	ReviewReturn(String path) {
		this.path = path;
	}

	/**
	 * The place of this name, exactly as a form says it; the review page for anything
	 * else.
	 */
	static ReviewReturn named(String name) {
		for (ReviewReturn place : values()) {
			if (place.name().equals(name)) {
				return place;
			}
		}
		return REVIEW;
	}

	/**
	 * The redirect to this place, filled in from the step's own address (its portfolio
	 * and section).
	 */
	String redirect() {
		return "redirect:/portfolios/{portfolioId}" + this.path;
	}

}
