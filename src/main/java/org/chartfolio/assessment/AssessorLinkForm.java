package org.chartfolio.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;

/**
 * The form that makes an assessor link: whom it is for, and for how many days it works.
 */
@Getter
@Setter
class AssessorLinkForm {

	@NotBlank(message = "{assessors.name.required}")
	@Size(max = AssessorLink.MAX_NAME_LENGTH, message = "{assessors.name.tooLong}")
	@PlainText
	private String name;

	@NotNull(message = "{assessors.days.range}")
	@Min(value = 1, message = "{assessors.days.range}")
	@Max(value = 90, message = "{assessors.days.range}")
	private Integer days = AssessorService.DEFAULT_DAYS;

}
