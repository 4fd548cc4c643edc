package org.chartfolio.pksb;

import jakarta.validation.constraints.NotBlank;

/**
 * The area or sub-area the candidate adds to their assessment, by its key from the list.
 */
class ChooseForm {

	@NotBlank(message = "{pksb.choose.required}")
	private String item;

	public String getItem() {
		return this.item;
	}

	public void setItem(String item) {
		this.item = item;
	}

}
