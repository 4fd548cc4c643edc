package org.chartfolio.pksb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;

/**
 * The candidate's end reflection on one area: how the rating changed and what showed it.
 */
@Getter
@Setter
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

}
