package org.chartfolio.demo;

import java.security.SecureRandom;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds a candidate, a mentor and a line manager. Each password is made up at random and printed
 * once, when the account is created; an account that already exists is left exactly as it is.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final DemoPerson CANDIDATE = new DemoPerson("candidate", "Lisa Marsh", "candidate@demo.chartfolio.example");

	static final List<DemoPerson> PEOPLE = List.of(CANDIDATE,
			new DemoPerson("mentor", "Dr Ruth Okafor", "mentor@demo.chartfolio.example"),
			new DemoPerson("line manager", "Tom Reilly", "manager@demo.chartfolio.example"));

	/** No look-alike characters, so a password read off a log can be typed without doubt. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountService accounts;

	private final DemoPortfolio portfolio;

	private final SecureRandom random = new SecureRandom();

	DemoData(AccountService accounts, DemoPortfolio portfolio) {
		this.accounts = accounts;
		this.portfolio = portfolio;
	}

	record DemoPerson(String role, String name, String email) {
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoPerson person : PEOPLE) {
			if (this.accounts.isRegistered(person.email())) {
				log.info("Demo {} {} already exists and was left unchanged (its password was printed when it was created).",
						person.role(), person.email());
				continue;
			}
			String password = newPassword();
			SignedInUser user = this.accounts.register(new AccountService.Registration(person.name(), person.email(), password));
			log.info("Demo {} created: sign in as {} with password {}", person.role(), person.email(), password);
			if (person == CANDIDATE) {
				this.portfolio.create(user);
				log.info("Demo {} has a Certification portfolio in progress.", person.role());
			}
		}
	}

	private String newPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
