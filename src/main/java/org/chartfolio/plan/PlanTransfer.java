package org.chartfolio.plan;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.chartfolio.system.SqlTimes.instant;
import static org.chartfolio.system.SqlTimes.timestamp;

/**
 * A portfolio's development-plan goals, binned ones included, with the numbers of the
 * evidence that shows their outcome, as plain data for the data export, and written back
 * exactly for the import. The caller has asked PortfolioAccess first.
 */
@Service
@RequiredArgsConstructor
public class PlanTransfer {

	// The form's limits, for the import to hold an archive to them.
	public static final int MAX_TITLE_LENGTH = Goal.MAX_TITLE_LENGTH;

	public static final int MAX_TEXT_LENGTH = Goal.MAX_TEXT_LENGTH;

	private final JdbcClient jdbc;

	/**
	 * A goal; {@code id} is this installation's, for the PKSB ratings that point at it.
	 */
	public record GoalData(long id, String title, String reason, String actions, LocalDate targetDate, String status,
			String outcome, Instant createdAt, Instant updatedAt, LocalDate completedOn, Instant deletedAt,
			List<Integer> evidenceNumbers) {
	}

	@Transactional(readOnly = true)
	public List<GoalData> export(long portfolioId) {
		Map<Long, List<Integer>> evidence = new LinkedHashMap<>();
		this.jdbc.sql("""
				select ge.goal_id, e.number from goal_evidence ge join goal g on g.id = ge.goal_id
				join evidence_item e on e.id = ge.evidence_id where g.portfolio_id = ? order by e.number""")
			.param(portfolioId)
			.query((ResultSet rs) -> {
				evidence.computeIfAbsent(rs.getLong("goal_id"), (k) -> new ArrayList<>()).add(rs.getInt("number"));
			});
		return this.jdbc.sql("""
				select id, title, reason, actions, target_date, status, outcome, created_at, updated_at, completed_on,
				       deleted_at
				from goal where portfolio_id = ? order by created_at, id""")
			.param(portfolioId)
			.query((rs, n) -> new GoalData(rs.getLong("id"), rs.getString("title"), rs.getString("reason"),
					rs.getString("actions"), rs.getObject("target_date", LocalDate.class), rs.getString("status"),
					rs.getString("outcome"), instant(rs, "created_at"), instant(rs, "updated_at"),
					rs.getObject("completed_on", LocalDate.class), instant(rs, "deleted_at"),
					evidence.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * Writes the goals, in the caller's transaction, and gives their new ids in the order
	 * given.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> restore(long portfolioId, List<GoalData> goals, Map<Integer, Long> evidenceIds) {
		List<Long> ids = new ArrayList<>();
		for (GoalData goal : goals) {
			GoalStatus.valueOf(goal.status());
			long id = this.jdbc.sql("""
					insert into goal (portfolio_id, title, reason, actions, target_date, status, outcome, created_at,
					                  updated_at, completed_on, deleted_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(portfolioId, goal.title(), goal.reason(), goal.actions(), goal.targetDate(), goal.status(),
						goal.outcome(), timestamp(goal.createdAt()), timestamp(goal.updatedAt()), goal.completedOn(),
						timestamp(goal.deletedAt()))
				.query(Long.class)
				.single();
			for (Integer number : goal.evidenceNumbers()) {
				Long evidenceId = evidenceIds.get(number);
				if (evidenceId == null) {
					throw new IllegalArgumentException("No evidence E" + number);
				}
				this.jdbc.sql("insert into goal_evidence (goal_id, evidence_id) values (?, ?)")
					.params(id, evidenceId)
					.update();
			}
			ids.add(id);
		}
		return ids;
	}

}
