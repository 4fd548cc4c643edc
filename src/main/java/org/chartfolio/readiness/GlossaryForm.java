package org.chartfolio.readiness;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;
import org.chartfolio.system.RequiredPlainText;

/**
 * The candidate's definition of one acronym; {@code version} is null for one not yet in
 * the glossary.
 */
@Getter
@Setter
class GlossaryForm {

	@PlainText
	private String acronym = "";

	@RequiredPlainText(max = GlossaryEntry.MAX_EXPANSION_LENGTH, required = "{readiness.glossary.expansion.required}",
			tooLong = "{readiness.glossary.expansion.tooLong}")
	private String expansion = "";

	private Long version;

	static GlossaryForm of(GlossaryService.EntryForm entry) {
		GlossaryForm form = new GlossaryForm();
		form.acronym = entry.acronym();
		form.expansion = (entry.expansion() != null) ? entry.expansion() : "";
		form.version = entry.version();
		return form;
	}

}
