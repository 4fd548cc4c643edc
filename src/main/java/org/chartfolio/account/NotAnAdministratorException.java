package org.chartfolio.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An administration page asked for by somebody else: answered as if it did not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotAnAdministratorException extends RuntimeException {

	NotAnAdministratorException() {
		super("Not an administrator");
	}

}
