package org.chartfolio.signoff;

import jakarta.validation.constraints.Size;

/**
 * The mentor's statement or letter as the form edits it; {@code version} is null before
 * the first save.
 */
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

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
