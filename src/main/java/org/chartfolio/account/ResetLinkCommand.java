package org.chartfolio.account;

import java.io.PrintStream;
import java.util.List;
import java.util.function.IntConsumer;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line way back into an account, for an operator where no mail server is
 * configured and no administrator can sign in: started with
 * {@code --reset-password-link=ann@example.org}, the app prints a single-use reset link
 * for that account (valid for an hour) and stops.
 */
@Component
@RequiredArgsConstructor
class ResetLinkCommand implements ApplicationRunner {

	static final String OPTION = "reset-password-link";

	private final PasswordResetService resets;

	private final ApplicationContext context;

	private PrintStream out = System.out;

	private IntConsumer exit = System::exit;

	/** Where it prints and how it stops, for a test that must not stop its own JVM. */
	ResetLinkCommand printingTo(PrintStream printTo, IntConsumer exitWith) {
		this.out = printTo;
		this.exit = exitWith;
		return this;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> emails = args.getOptionValues(OPTION);
		if (emails == null) {
			return;
		}
		int code = 0;
		for (String email : emails) {
			String found = this.resets.linkForCommandLine(email).orElse(null);
			if (found != null) {
				this.out.println("Password reset link for " + email.strip() + " (works once, for one hour): " + found);
			}
			else {
				this.out.println("No account has the email address " + email.strip());
				code = 1;
			}
		}
		int status = code;
		this.exit.accept(SpringApplication.exit(this.context, () -> status));
	}

}
