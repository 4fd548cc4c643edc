package org.chartfolio.support;

import java.util.UUID;

import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** People and portfolios for tests, made through the same services the app uses. */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "fixture passphrase tulip";

	private final AccountService accounts;

	private final PortfolioService portfolios;

	private final UserDetailsService people;

	private final String administratorEmail;

	Fixtures(AccountService accounts, PortfolioService portfolios, UserDetailsService people,
			@Value("${chartfolio.administrators}") String administratorEmail) {
		this.accounts = accounts;
		this.portfolios = portfolios;
		this.people = people;
		this.administratorEmail = administratorEmail;
	}

	/**
	 * The administrator the test context names in {@code chartfolio.administrators},
	 * registered on first use.
	 */
	public synchronized SignedInUser administrator() {
		try {
			SignedInUser user = (SignedInUser) this.people.loadUserByUsername(this.administratorEmail);
			user.eraseCredentials();
			return user;
		}
		catch (UsernameNotFoundException first) {
			SignedInUser user = this.accounts
				.register(new AccountService.Registration("Ada Ministrator", this.administratorEmail, PASSWORD));
			user.eraseCredentials();
			return user;
		}
	}

	/** A newly registered person with a unique address and {@link #PASSWORD}. */
	public SignedInUser person(String name) {
		SignedInUser user = this.accounts.register(new AccountService.Registration(name,
				name.toLowerCase().replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID() + "@example.org", PASSWORD));
		user.eraseCredentials();
		return user;
	}

	public long portfolio(SignedInUser owner, String routeCode) {
		return this.portfolios.open(owner,
				new PortfolioService.NewPortfolio(routeCode, "My " + routeCode + " portfolio", null));
	}

}
