package org.chartfolio.readiness;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.chartfolio.system.SqlTimes.instant;
import static org.chartfolio.system.SqlTimes.timestamp;

/**
 * A portfolio's glossary as plain data for the data export, and written back exactly for
 * the import. The caller has asked PortfolioAccess first.
 */
@Service
@RequiredArgsConstructor
public class GlossaryTransfer {

	// The form's limits, for the import to hold an archive to them.
	public static final int MAX_ACRONYM_LENGTH = Acronyms.MAX_LENGTH;

	public static final int MAX_EXPANSION_LENGTH = GlossaryEntry.MAX_EXPANSION_LENGTH;

	private final JdbcClient jdbc;

	public record GlossaryData(String acronym, String expansion, boolean dismissed, Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	public List<GlossaryData> export(long portfolioId) {
		return this.jdbc.sql("""
				select acronym, expansion, dismissed, updated_at
				from glossary_entry where portfolio_id = ? order by acronym""")
			.param(portfolioId)
			.query((rs, n) -> new GlossaryData(rs.getString("acronym"), rs.getString("expansion"),
					rs.getBoolean("dismissed"), instant(rs, "updated_at")))
			.list();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(long portfolioId, List<GlossaryData> entries) {
		for (GlossaryData entry : entries) {
			this.jdbc.sql("""
					insert into glossary_entry (portfolio_id, acronym, expansion, dismissed, updated_at)
					values (?, ?, ?, ?, ?)""")
				.params(portfolioId, entry.acronym(), entry.expansion(), entry.dismissed(),
						timestamp(entry.updatedAt()))
				.update();
		}
	}

}
