package org.chartfolio.pksb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The candidate's end reflection on one area: how the rating changed and what showed it.
 */
class ReflectionForm {

	@NotBlank(message = "{pksb.reflection.empty}")
	@Size(max = PksbReflection.MAX_LENGTH, message = "{pksb.reflection.tooLong}")
	private String text = "";

	private long version;

	static ReflectionForm of(PksbView.Reflection reflection) {
		ReflectionForm form = new ReflectionForm();
		form.text = (reflection.text() != null) ? reflection.text() : "";
		form.version = reflection.version();
		return form;
	}

	PksbService.ReflectionEdit toEdit() {
		return new PksbService.ReflectionEdit(this.text, this.version);
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
