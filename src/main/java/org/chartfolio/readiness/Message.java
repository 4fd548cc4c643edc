package org.chartfolio.readiness;

import org.chartfolio.portfolio.SectionView;

/**
 * Words to show, as a key of messages.properties and its arguments, resolved where they
 * are shown. An argument may itself be a message (a section's name), or a list of them,
 * which reads as its items separated by commas.
 */
record Message(String key, Object... args) {

	/** "Criterion 1: Personal performance", or the kind of section ("Annotated CV"). */
	static Message nameOf(SectionView section) {
		return new Message(section.nameKey(), section.nameArgs());
	}

}
