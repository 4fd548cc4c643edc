package org.chartfolio.cpd;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
public class CpdService {

	/**
	 * Without a requirement from the route, the log still totals the last twelve months.
	 */
	static final int DEFAULT_PERIOD_MONTHS = 12;

	private final CpdActivities activities;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final Clock clock;

	public record ActivityEdit(LocalDate date, String title, BigDecimal hours, String reflection, Long version) {
	}

	@Transactional(readOnly = true)
	public CpdLog log(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		Optional<PortfolioService.CpdRequirement> requirement = this.portfolios.cpdRequirement(user, portfolio.id());
		int months = requirement.map(PortfolioService.CpdRequirement::months).orElse(DEFAULT_PERIOD_MONTHS);
		LocalDate start = LocalDate.now(this.clock).minusMonths(months);
		List<CpdLog.Entry> entries = this.activities.findLive(portfolio.id())
			.stream()
			.map((a) -> new CpdLog.Entry(a.getId(), a.getActivityDate(), a.getTitle(), a.getHours(), a.getReflection(),
					a.getActivityDate().isAfter(start), a.getVersion()))
			.toList();
		BigDecimal inPeriod = entries.stream()
			.filter(CpdLog.Entry::inPeriod)
			.map(CpdLog.Entry::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(1);
		return new CpdLog(entries, inPeriod, requirement.map(PortfolioService.CpdRequirement::hours).orElse(null),
				months, start.plusDays(1));
	}

	/**
	 * The hours logged within the route's period against its requirement, for anybody who
	 * sees the portfolio's progress; empty when the route asks for no CPD. Numbers only,
	 * never an activity.
	 */
	@Transactional(readOnly = true)
	public Optional<CpdProgress> progress(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.progressVisible(user, portfolioId);
		return this.portfolios.progressCpdRequirement(user, portfolio.id()).map((requirement) -> {
			LocalDate start = LocalDate.now(this.clock).minusMonths(requirement.months());
			BigDecimal hours = this.activities.hoursAfter(portfolio.id(), start);
			return new CpdProgress(((hours != null) ? hours : BigDecimal.ZERO).setScale(1), requirement.hours(),
					requirement.months());
		});
	}

	@Transactional
	public long add(SignedInUser user, long portfolioId, ActivityEdit edit) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		CpdActivity activity = new CpdActivity(portfolio.id(), this.clock.instant());
		apply(activity, edit);
		return this.activities.save(activity).getId();
	}

	@Transactional
	public void update(SignedInUser user, long portfolioId, long activityId, ActivityEdit edit) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		CpdActivity activity = live(portfolio.id(), activityId);
		activity.requireVersion(edit.version());
		apply(activity, edit);
	}

	@Transactional
	public void delete(SignedInUser user, long portfolioId, long activityId) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		live(portfolio.id(), activityId).moveToBin(this.clock.instant());
	}

	@Transactional(readOnly = true)
	public CpdLog.Entry activity(SignedInUser user, long portfolioId, long activityId) {
		return log(user, portfolioId).entries()
			.stream()
			.filter((entry) -> entry.id() == activityId)
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	private void apply(CpdActivity activity, ActivityEdit edit) {
		activity.record(edit, LocalDate.now(this.clock), this.clock.instant());
	}

	private CpdActivity live(long portfolioId, long activityId) {
		return this.activities.findLive(portfolioId, activityId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

}
