package org.chartfolio.cpd;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.chartfolio.system.SqlTimes.instant;
import static org.chartfolio.system.SqlTimes.timestamp;

/**
 * A portfolio's CPD log, deleted entries included, as plain data for the data export, and
 * written back exactly for the import. The caller has asked PortfolioAccess first.
 */
@Service
@RequiredArgsConstructor
public class CpdTransfer {

	// The form's limits, for the import to hold an archive to them.
	public static final int MAX_TITLE_LENGTH = CpdActivity.MAX_TITLE_LENGTH;

	public static final int MAX_REFLECTION_LENGTH = CpdActivity.MAX_REFLECTION_LENGTH;

	public static final java.math.BigDecimal MAX_HOURS = CpdActivity.MAX_HOURS;

	private final JdbcClient jdbc;

	public record CpdData(LocalDate date, String title, BigDecimal hours, String reflection, Instant createdAt,
			Instant updatedAt, Instant deletedAt) {
	}

	@Transactional(readOnly = true)
	public List<CpdData> export(long portfolioId) {
		return this.jdbc.sql("""
				select activity_date, title, hours, reflection, created_at, updated_at, deleted_at
				from cpd_activity where portfolio_id = ? order by activity_date, created_at, id""")
			.param(portfolioId)
			.query((rs, n) -> new CpdData(rs.getObject("activity_date", LocalDate.class), rs.getString("title"),
					rs.getBigDecimal("hours"), rs.getString("reflection"), instant(rs, "created_at"),
					instant(rs, "updated_at"), instant(rs, "deleted_at")))
			.list();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(long portfolioId, List<CpdData> entries) {
		for (CpdData entry : entries) {
			this.jdbc.sql("""
					insert into cpd_activity (portfolio_id, activity_date, title, hours, reflection,
					                          created_at, updated_at, deleted_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(portfolioId, entry.date(), entry.title(), entry.hours(), entry.reflection(),
						timestamp(entry.createdAt()), timestamp(entry.updatedAt()), timestamp(entry.deletedAt()))
				.update();
		}
	}

}
