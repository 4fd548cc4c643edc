package org.chartfolio.pksb;

import jakarta.validation.constraints.NotBlank;

import lombok.Getter;
import lombok.Setter;

/**
 * The area or sub-area the candidate adds to their assessment, by its key from the list.
 */
@Getter
@Setter
class ChooseForm {

	@NotBlank(message = "{pksb.choose.required}")
	private String item;

}
