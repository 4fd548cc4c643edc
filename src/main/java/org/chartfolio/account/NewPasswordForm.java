package org.chartfolio.account;

import lombok.Getter;
import lombok.Setter;

/**
 * The new password set through a reset link; the password policy checks it in the
 * service.
 */
@Getter
@Setter
class NewPasswordForm {

	private String newPassword;

}
