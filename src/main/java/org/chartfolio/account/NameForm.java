package org.chartfolio.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;

@Getter
@Setter
class NameForm {

	@NotBlank(message = "{register.name.required}")
	@Size(max = Account.MAX_NAME_LENGTH, message = "{register.name.tooLong}")
	@PlainText
	private String name;

	NameForm() {
	}

	NameForm(String name) {
		this.name = name;
	}

}
