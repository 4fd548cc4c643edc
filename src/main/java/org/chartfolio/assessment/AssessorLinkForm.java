package org.chartfolio.assessment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.RequiredPlainText;

/**
 * The form that makes an assessor link: whom it is for, and for how many days it works.
 */
@Getter
@Setter
class AssessorLinkForm {

	@RequiredPlainText(max = AssessorLink.MAX_NAME_LENGTH, required = "{assessors.name.required}",
			tooLong = "{assessors.name.tooLong}")
	private String name;

	@NotNull(message = "{assessors.days.range}")
	@Min(value = 1, message = "{assessors.days.range}")
	@Max(value = 90, message = "{assessors.days.range}")
	private Integer days = AssessorService.DEFAULT_DAYS;

}
