package org.chartfolio.support;

import java.util.UUID;

import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioService;

import org.springframework.boot.test.context.TestComponent;

/** People and portfolios for tests, made through the same services the app uses. */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "fixture passphrase tulip";

	private final AccountService accounts;

	private final PortfolioService portfolios;

	Fixtures(AccountService accounts, PortfolioService portfolios) {
		this.accounts = accounts;
		this.portfolios = portfolios;
	}

	/** A newly registered person with a unique address and {@link #PASSWORD}. */
	public SignedInUser person(String name) {
		SignedInUser user = this.accounts.register(new AccountService.Registration(name,
				name.toLowerCase().replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID() + "@example.org", PASSWORD));
		user.eraseCredentials();
		return user;
	}

	public long portfolio(SignedInUser owner, String routeCode) {
		return this.portfolios.open(owner, new PortfolioService.NewPortfolio(routeCode, "My " + routeCode + " portfolio", null));
	}

}
