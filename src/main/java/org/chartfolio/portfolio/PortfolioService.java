package org.chartfolio.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.system.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening portfolios and reading them. Every read and write checks who is asking: a
 * portfolio somebody may not see is reported as not found.
 */
@Service
@RequiredArgsConstructor
public class PortfolioService {

	private final Portfolios portfolios;

	private final Routes routes;

	private final Memberships memberships;

	private final PortfolioAccess access;

	private final AccountService accounts;

	private final Clock clock;

	public record NewPortfolio(String routeCode, String title, LocalDate targetDate) {
	}

	@Transactional(readOnly = true)
	public List<RouteChoice> routes() {
		return this.routes.findAllByOrderByPosition()
			.stream()
			.map((route) -> new RouteChoice(route.getCode(), route.getName(), route.getPostNominals(),
					route.getSummary(), route.getStatementWordLimit(), route.getCriteria().size()))
			.toList();
	}

	@Transactional
	public long open(SignedInUser owner, NewPortfolio request) {
		Route route = this.routes.findByCode(String.valueOf(request.routeCode()))
			.orElseThrow(() -> new FieldProblem("route", "portfolio.route.required"));
		Portfolio portfolio = Portfolio.open(owner.id(), route, request, this.clock.instant());
		return this.portfolios.save(portfolio).getId();
	}

	/**
	 * Changes the portfolio's title and target date. A target date already passed may
	 * stay as it is, but a new one must be today or later.
	 */
	@Transactional
	public void changeDetails(SignedInUser owner, long portfolioId, String title, LocalDate targetDate) {
		this.access.writable(owner, portfolioId);
		Portfolio portfolio = this.portfolios.findById(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		if (targetDate != null && !targetDate.equals(portfolio.getTargetDate())
				&& targetDate.isBefore(LocalDate.now(this.clock))) {
			throw new FieldProblem("targetDate", "portfolio.targetDate.past");
		}
		portfolio.retitle(title, targetDate, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public List<PortfolioSummary> portfoliosOf(SignedInUser user) {
		return this.portfolios.findByOwnerIdOrderByUpdatedAtDesc(user.id()).stream().map(this::summary).toList();
	}

	/**
	 * Portfolios where the person is an active mentor or line manager, most recently
	 * joined first.
	 */
	@Transactional(readOnly = true)
	public List<SharedPortfolio> sharedWith(SignedInUser user) {
		List<Membership> joined = this.memberships.findByAccountIdAndEndedAtIsNullOrderByStartedAtDesc(user.id());
		if (joined.isEmpty()) {
			return List.of();
		}
		Map<Long, Portfolio> portfolios = this.portfolios
			.findWithRoutes(joined.stream().map(Membership::getPortfolioId).toList())
			.stream()
			.collect(Collectors.toMap(Portfolio::getId, Function.identity()));
		Map<Long, String> owners = this.accounts
			.displayNamesOf(portfolios.values().stream().map(Portfolio::getOwnerId).collect(Collectors.toSet()));
		return joined.stream()
			.filter((membership) -> portfolios.containsKey(membership.getPortfolioId()))
			.map((membership) -> {
				Portfolio portfolio = portfolios.get(membership.getPortfolioId());
				return new SharedPortfolio(summary(portfolio), owners.getOrDefault(portfolio.getOwnerId(), ""),
						membership.getRole());
			})
			.toList();
	}

	@Transactional(readOnly = true)
	public PortfolioView view(SignedInUser user, long portfolioId) {
		this.access.readable(user, portfolioId);
		Portfolio portfolio = this.portfolios.findWithSections(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		List<SectionView> sections = portfolio.getSections().stream().map(PortfolioService::view).toList();
		return new PortfolioView(summary(portfolio), portfolio.getRoute().getCode(), sections);
	}

	/**
	 * The portfolio and its sections (titles and statuses, never their text) for anybody
	 * who sees its progress, the line manager included.
	 */
	@Transactional(readOnly = true)
	public PortfolioView progressView(SignedInUser user, long portfolioId) {
		this.access.progressVisible(user, portfolioId);
		Portfolio portfolio = this.portfolios.findWithSections(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		List<SectionView> sections = portfolio.getSections().stream().map(PortfolioService::view).toList();
		return new PortfolioView(summary(portfolio), portfolio.getRoute().getCode(), sections);
	}

	/**
	 * {@link #progressView} of several portfolios, keyed by id in the order given, in one
	 * query for all of them (for a home page that shows a card for each).
	 */
	@Transactional(readOnly = true)
	public Map<Long, PortfolioView> progressViews(SignedInUser user, Collection<Long> portfolioIds) {
		Set<Long> visible = this.access.progressVisible(user, portfolioIds).keySet();
		if (visible.isEmpty()) {
			return Map.of();
		}
		Map<Long, Portfolio> found = this.portfolios.findAllWithSections(visible)
			.stream()
			.collect(Collectors.toMap(Portfolio::getId, Function.identity()));
		Map<Long, PortfolioView> views = new LinkedHashMap<>();
		for (long portfolioId : visible) {
			Portfolio portfolio = found.get(portfolioId);
			if (portfolio == null) {
				throw new PortfolioNotFoundException(portfolioId);
			}
			views.put(portfolioId, new PortfolioView(summary(portfolio), portfolio.getRoute().getCode(),
					portfolio.getSections().stream().map(PortfolioService::view).toList()));
		}
		return views;
	}

	/**
	 * What {@link #cpdRequirement} says, for anybody who sees the portfolio's progress.
	 */
	@Transactional(readOnly = true)
	public Optional<CpdRequirement> progressCpdRequirement(SignedInUser user, long portfolioId) {
		this.access.progressVisible(user, portfolioId);
		Portfolio portfolio = this.portfolios.findById(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return requirement(portfolio.getRoute());
	}

	/**
	 * How many hours of CPD the portfolio's route asks for, over how many months, if any.
	 */
	public record CpdRequirement(int hours, int months) {
	}

	@Transactional(readOnly = true)
	public Optional<CpdRequirement> cpdRequirement(SignedInUser user, long portfolioId) {
		this.access.readable(user, portfolioId);
		Portfolio portfolio = this.portfolios.findById(portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return requirement(portfolio.getRoute());
	}

	private static Optional<CpdRequirement> requirement(Route route) {
		if (route.getCpdHoursRequired() == null || route.getCpdPeriodMonths() == null) {
			return Optional.empty();
		}
		return Optional.of(new CpdRequirement(route.getCpdHoursRequired(), route.getCpdPeriodMonths()));
	}

	/**
	 * One section of a portfolio the person may read; 404 for a section of another
	 * portfolio.
	 */
	@Transactional(readOnly = true)
	public SectionView section(SignedInUser user, long portfolioId, long sectionId) {
		this.access.readable(user, portfolioId);
		return this.portfolios.findWithSections(portfolioId)
			.flatMap((portfolio) -> portfolio.getSections().stream().filter((s) -> s.getId() == sectionId).findFirst())
			.map(PortfolioService::view)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	static SectionView view(Section section) {
		Criterion criterion = section.getCriterion();
		boolean statement = section.getKind() == SectionKind.STATEMENT;
		return new SectionView(section.getId(), section.getPortfolio().getId(), section.getPosition(),
				section.getKind(), (criterion != null) ? criterion.getPosition() : null,
				statement && criterion != null ? section.getTitle() : null,
				(criterion != null) ? criterion.getDescription() : null, section.getStatus(), section.getVersion());
	}

	private PortfolioSummary summary(Portfolio portfolio) {
		Route route = portfolio.getRoute();
		LocalDate target = portfolio.getTargetDate();
		Long days = (target != null) ? ChronoUnit.DAYS.between(LocalDate.now(this.clock), target) : null;
		return new PortfolioSummary(portfolio.getId(), portfolio.getTitle(), route.getName(), route.getPostNominals(),
				target, days, route.getStatementWordLimit());
	}

}
