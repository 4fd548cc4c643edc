package org.chartfolio.account;

import lombok.Getter;
import lombok.Setter;

/**
 * A code from the authenticator app or a recovery code, and, to turn two-factor off, the
 * password too.
 */
@Getter
@Setter
class TwoFactorForm {

	private String code;

	private String password;

}
