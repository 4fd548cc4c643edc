package org.chartfolio.signoff;

import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/**
 * The mentor's statement or letter as the form edits it; {@code version} is null before
 * the first save.
 */
@Getter
@Setter
class SignOffForm {

	@Size(max = SignOffDocument.MAX_TEXT_LENGTH, message = "{signoff.text.tooLong}")
	private String text = "";

	@Size(max = SignOffDocument.MAX_ROLE_LENGTH, message = "{signoff.role.tooLong}")
	private String role = "";

	private Long version;

	static SignOffForm of(SignOffService.DocumentView document) {
		SignOffForm form = new SignOffForm();
		if (document != null) {
			form.text = (document.text() != null) ? document.text() : "";
			form.role = (document.authorRole() != null) ? document.authorRole() : "";
			form.version = document.version();
		}
		return form;
	}

}
