package org.chartfolio.readiness;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;

/**
 * The candidate's definition of one acronym; {@code version} is null for one not yet in
 * the glossary.
 */
@Getter
@Setter
class GlossaryForm {

	@PlainText
	private String acronym = "";

	@NotBlank(message = "{readiness.glossary.expansion.required}")
	@Size(max = GlossaryEntry.MAX_EXPANSION_LENGTH, message = "{readiness.glossary.expansion.tooLong}")
	@PlainText
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
