package org.chartfolio.account;

import lombok.Getter;
import lombok.Setter;

/**
 * The password that confirms a change that matters (deleting the account, new recovery
 * codes); checked and throttled in the service.
 */
@Getter
@Setter
class ConfirmPasswordForm {

	private String password;

}
