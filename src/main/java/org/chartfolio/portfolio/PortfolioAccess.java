package org.chartfolio.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.chartfolio.account.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permission table of shared/DOMAIN.md, asked by every module before it reads or writes
 * anything of a portfolio. Whoever may not do a thing gets {@link PortfolioNotFoundException}, so
 * that a stranger cannot tell a forbidden portfolio from a missing one. Every check reads the
 * memberships afresh, so ending somebody's access takes effect on their very next request.
 */
@Service
public class PortfolioAccess {

	private final Portfolios portfolios;

	private final Memberships memberships;

	private final SectionShares shares;

	private final Clock clock;

	PortfolioAccess(Portfolios portfolios, Memberships memberships, SectionShares shares, Clock clock) {
		this.portfolios = portfolios;
		this.memberships = memberships;
		this.shares = shares;
		this.clock = clock;
	}

	/** May read statements, evidence and files of the portfolio: its candidate and their mentor. */
	@Transactional(readOnly = true)
	public PortfolioRef readable(SignedInUser user, long portfolioId) {
		return allowed(user, portfolioId, PortfolioRole.OWNER, PortfolioRole.MENTOR);
	}

	/**
	 * May take the portfolio away (its data export, its submitted copies): its candidate alone, whether
	 * it is live or a submitted copy.
	 */
	@Transactional(readOnly = true)
	public PortfolioRef owned(SignedInUser user, long portfolioId) {
		return allowed(user, portfolioId, PortfolioRole.OWNER);
	}

	/**
	 * May write statements, evidence and goals of the portfolio: its candidate alone, and never in a
	 * submitted copy ({@link SubmittedCopyException}).
	 */
	@Transactional(readOnly = true)
	public PortfolioRef writable(SignedInUser user, long portfolioId) {
		return unfrozen(allowedPortfolio(user, portfolioId, PortfolioRole.OWNER));
	}

	/**
	 * May change what either of candidate and mentor may change (comments, meetings, review
	 * decisions): whoever reads the portfolio, as long as it is not a submitted copy.
	 */
	@Transactional(readOnly = true)
	public PortfolioRef changeable(SignedInUser user, long portfolioId) {
		return unfrozen(allowedPortfolio(user, portfolioId, PortfolioRole.OWNER, PortfolioRole.MENTOR));
	}

	/**
	 * How the person stands to the portfolio and, for a submitted copy, the day it was submitted: what
	 * every page of a portfolio needs to know to show or hide the buttons that change it. Not found for
	 * anybody without a role in it.
	 */
	public record Standing(PortfolioRole role, LocalDate submittedOn) {

		/** The candidate's own pages and buttons: never on a submitted copy. */
		public boolean writable() {
			return this.role == PortfolioRole.OWNER && this.submittedOn == null;
		}

		/** Comments, meetings and review steps, for candidate and mentor: never on a submitted copy. */
		public boolean changeable() {
			return (this.role == PortfolioRole.OWNER || this.role == PortfolioRole.MENTOR) && this.submittedOn == null;
		}

	}

	@Transactional(readOnly = true)
	public Standing standing(SignedInUser user, long portfolioId) {
		Portfolio portfolio = this.portfolios.findById(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		PortfolioRole role = role(user, portfolio).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return new Standing(role, submittedOn(portfolio));
	}

	/** May see the portfolio's progress (statuses, counts, dates): candidate, mentor, line manager. */
	@Transactional(readOnly = true)
	public PortfolioRef progressVisible(SignedInUser user, long portfolioId) {
		return allowed(user, portfolioId, PortfolioRole.OWNER, PortfolioRole.MENTOR, PortfolioRole.LINE_MANAGER);
	}

	/**
	 * May read the text of this one section: whoever reads the whole portfolio, and the line manager
	 * when the candidate has shared the section with them. Whether the section is of this portfolio
	 * is checked here for the line manager; callers find the section in the portfolio for the rest.
	 */
	@Transactional(readOnly = true)
	public PortfolioRef sectionReadable(SignedInUser user, long portfolioId, long sectionId) {
		Portfolio portfolio = this.portfolios.findById(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		PortfolioRole role = role(user, portfolio).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		if (role == PortfolioRole.LINE_MANAGER
				&& !this.shares.existsBySectionIdAndPortfolioIdAndAccountId(sectionId, portfolioId, user.id())) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		return new PortfolioRef(portfolio.getId(), portfolio.getOwnerId(), portfolio.getTitle());
	}

	/** How the person stands to the portfolio; not found for anybody without a role in it. */
	@Transactional(readOnly = true)
	public PortfolioRole roleOf(SignedInUser user, long portfolioId) {
		Portfolio portfolio = this.portfolios.findById(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return role(user, portfolio).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	Optional<PortfolioRole> role(SignedInUser user, Portfolio portfolio) {
		if (user == null) {
			return Optional.empty();
		}
		if (portfolio.isOwnedBy(user.id())) {
			return Optional.of(PortfolioRole.OWNER);
		}
		return this.memberships.findByPortfolioIdAndAccountIdAndEndedAtIsNull(portfolio.getId(), user.id())
			.map(Membership::getRole);
	}

	private PortfolioRef allowed(SignedInUser user, long portfolioId, PortfolioRole... roles) {
		Portfolio portfolio = allowedPortfolio(user, portfolioId, roles);
		return new PortfolioRef(portfolio.getId(), portfolio.getOwnerId(), portfolio.getTitle());
	}

	private Portfolio allowedPortfolio(SignedInUser user, long portfolioId, PortfolioRole... roles) {
		Portfolio portfolio = this.portfolios.findById(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		PortfolioRole role = role(user, portfolio).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		for (PortfolioRole allowed : roles) {
			if (allowed == role) {
				return portfolio;
			}
		}
		throw new PortfolioNotFoundException(portfolioId);
	}

	private PortfolioRef unfrozen(Portfolio portfolio) {
		LocalDate submittedOn = submittedOn(portfolio);
		if (submittedOn != null) {
			throw new SubmittedCopyException(portfolio.getId(), submittedOn);
		}
		return new PortfolioRef(portfolio.getId(), portfolio.getOwnerId(), portfolio.getTitle());
	}

	/** The day a submitted copy was submitted, in the app's time zone; null for a live portfolio. */
	private LocalDate submittedOn(Portfolio portfolio) {
		return (portfolio.getSubmittedAt() != null) ? LocalDate.ofInstant(portfolio.getSubmittedAt(), this.clock.getZone())
				: null;
	}

}
