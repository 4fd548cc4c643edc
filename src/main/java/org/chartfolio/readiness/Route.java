package org.chartfolio.readiness;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of the portfolio as a path template and the values of its variables, in order,
 * expanded where it is linked to.
 */
record Route(String template, Object... variables) {

	static final String OVERVIEW = "/portfolios/{portfolioId}";

	static final String SECTION = OVERVIEW + "/sections/{sectionId}";

	static final String SECTION_EDIT = SECTION + "/edit";

	static final String SECTION_REVIEW = SECTION + "/review";

	static final String ITEM = OVERVIEW + "/evidence/{number}";

	static final String ITEM_EDIT = ITEM + "/edit";

	static final String EVIDENCE_MAP = OVERVIEW + "/evidence-map";

	static final String GLOSSARY = OVERVIEW + "/glossary";

	static final String GLOSSARY_DEFINE = GLOSSARY + "/edit?acronym={acronym}";

	static final String PLAN = OVERVIEW + "/plan";

	static final String GOAL = PLAN + "#goal-{goalId}";

	static final String GOAL_EDIT = PLAN + "/{goalId}/edit";

	static final String PKSB = OVERVIEW + "/pksb";

	static final String PKSB_SNAPSHOTS = PKSB + "#snapshots";

	static final String PKSB_REFLECTIONS = PKSB + "#reflections";

	static final String CPD = OVERVIEW + "/cpd";

	static final String SIGN_OFFS = OVERVIEW + "/signoffs";

	/**
	 * The path, with the values as they are: the templates above take ids, numbers and
	 * acronyms.
	 */
	String href() {
		return UriComponentsBuilder.fromUriString(this.template).buildAndExpand(this.variables).toUriString();
	}

}
