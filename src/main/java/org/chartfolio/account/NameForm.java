package org.chartfolio.account;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.RequiredPlainText;

@Getter
@Setter
class NameForm {

	@RequiredPlainText(max = Account.MAX_NAME_LENGTH, required = "{register.name.required}",
			tooLong = "{register.name.tooLong}")
	private String name;

	NameForm() {
	}

	NameForm(String name) {
		this.name = name;
	}

}
