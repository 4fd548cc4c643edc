package org.chartfolio.pksb;

import java.sql.ResultSet;
import java.time.Instant;
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
 * A portfolio's PKSB self-assessment (the areas or sub-areas chosen, their ratings, and
 * the initial and final snapshots, the end reflections) as plain data for the data
 * export, and written back exactly for the import. The framework is named by its code,
 * areas by name and sub-areas by code, because ids differ between installations; data
 * without a framework (older archives) is the general PKSB's. The caller has asked
 * PortfolioAccess first.
 */
@Service
@RequiredArgsConstructor
public class PksbTransfer {

	// The form's limits, for the import to hold an archive to them.
	public static final int MAX_COMMENT_LENGTH = PksbRating.MAX_COMMENT_LENGTH;

	public static final int MAX_LEVEL = PksbLevel.MAX_LEVEL;

	public static final int MAX_REFLECTION_LENGTH = PksbReflection.MAX_LENGTH;

	private final JdbcClient jdbc;

	private final Frameworks frameworks;

	/**
	 * {@code goalId}: the development-plan goal the gap became, in this installation's
	 * ids.
	 */
	public record RatingData(String area, String subArea, Integer currentLevel, Integer targetLevel, String comment,
			Long goalId, Instant createdAt, Instant updatedAt) {
	}

	public record SnapshotData(String kind, Instant takenAt, List<EntryData> entries) {
	}

	public record EntryData(String area, String subArea, Integer level, Integer targetLevel, String comment) {
	}

	/** The end reflection on an area. */
	public record ReflectionData(String area, String text, Instant updatedAt) {
	}

	/**
	 * {@code framework}: the framework's code, null for the general one (as archives
	 * before frameworks).
	 */
	public record PksbData(String framework, List<RatingData> ratings, List<SnapshotData> snapshots,
			List<ReflectionData> reflections) {
	}

	@Transactional(readOnly = true)
	public PksbData export(long portfolioId) {
		List<RatingData> ratings = this.jdbc.sql("""
				select a.name as area, s.code as sub_area, r.current_level, r.target_level, r.comment, r.goal_id,
				       r.created_at, r.updated_at
				from pksb_rating r join pksb_area a on a.id = r.area_id
				left join pksb_sub_area s on s.id = r.sub_area_id
				where r.portfolio_id = ? order by a.position, s.position nulls first, r.id""")
			.param(portfolioId)
			.query((rs, n) -> new RatingData(rs.getString("area"), rs.getString("sub_area"),
					(Integer) rs.getObject("current_level"), (Integer) rs.getObject("target_level"),
					rs.getString("comment"), (Long) rs.getObject("goal_id"), instant(rs, "created_at"),
					instant(rs, "updated_at")))
			.list();
		Map<Long, List<EntryData>> entries = new LinkedHashMap<>();
		this.jdbc.sql("""
				select e.snapshot_id, a.name as area, s.code as sub_area, e.level, e.target_level, e.comment
				from pksb_snapshot_entry e join pksb_rating r on r.id = e.rating_id join pksb_area a on a.id = r.area_id
				left join pksb_sub_area s on s.id = r.sub_area_id join pksb_snapshot n on n.id = e.snapshot_id
				where n.portfolio_id = ? order by a.position, s.position nulls first""")
			.param(portfolioId)
			.query((ResultSet rs) -> {
				entries.computeIfAbsent(rs.getLong("snapshot_id"), (k) -> new ArrayList<>())
					.add(new EntryData(rs.getString("area"), rs.getString("sub_area"), (Integer) rs.getObject("level"),
							(Integer) rs.getObject("target_level"), rs.getString("comment")));
			});
		List<SnapshotData> snapshots = this.jdbc.sql("""
				select id, kind, taken_at from pksb_snapshot where portfolio_id = ? order by taken_at, id""")
			.param(portfolioId)
			.query((rs, n) -> new SnapshotData(rs.getString("kind"), instant(rs, "taken_at"),
					entries.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		List<ReflectionData> reflections = this.jdbc.sql("""
				select a.name as area, x.text, x.updated_at
				from pksb_reflection x join pksb_area a on a.id = x.area_id
				where x.portfolio_id = ? order by a.position""")
			.param(portfolioId)
			.query((rs, n) -> new ReflectionData(rs.getString("area"), rs.getString("text"), instant(rs, "updated_at")))
			.list();
		return new PksbData(this.frameworks.forPortfolio(portfolioId).code(), ratings, snapshots, reflections);
	}

	/**
	 * Writes the assessment, in the caller's transaction; {@code goalId} of each rating
	 * is already the restored goal's. An area or sub-area this installation does not have
	 * is an {@link IllegalArgumentException}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(long portfolioId, PksbData data) {
		String code = (data.framework() != null) ? data.framework() : Frameworks.GENERAL;
		long frameworkId = this.frameworks.byCode(code)
			.orElseThrow(() -> new IllegalArgumentException("No PKSB framework " + code))
			.id();
		this.frameworks.fix(portfolioId, frameworkId);
		Map<String, Long> ratingIds = new LinkedHashMap<>();
		for (RatingData rating : data.ratings()) {
			long areaId = areaId(frameworkId, rating.area());
			Long subAreaId = subAreaId(areaId, rating.subArea());
			long id = this.jdbc.sql("""
					insert into pksb_rating (portfolio_id, area_id, sub_area_id, current_level, target_level, comment,
					                         goal_id, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(portfolioId, areaId, subAreaId, rating.currentLevel(), rating.targetLevel(), rating.comment(),
						rating.goalId(), timestamp(rating.createdAt()), timestamp(rating.updatedAt()))
				.query(Long.class)
				.single();
			ratingIds.put(key(rating.area(), rating.subArea()), id);
		}
		for (SnapshotData snapshot : data.snapshots()) {
			SnapshotKind.valueOf(snapshot.kind());
			long id = this.jdbc
				.sql("insert into pksb_snapshot (portfolio_id, kind, taken_at) values (?, ?, ?) returning id")
				.params(portfolioId, snapshot.kind(), timestamp(snapshot.takenAt()))
				.query(Long.class)
				.single();
			for (EntryData entry : snapshot.entries()) {
				Long ratingId = ratingIds.get(key(entry.area(), entry.subArea()));
				if (ratingId == null) {
					throw new IllegalArgumentException("A snapshot names an area that is not rated: " + entry.area());
				}
				this.jdbc.sql("""
						insert into pksb_snapshot_entry (snapshot_id, rating_id, level, target_level, comment)
						values (?, ?, ?, ?, ?)""")
					.params(id, ratingId, entry.level(), entry.targetLevel(), entry.comment())
					.update();
			}
		}
		for (ReflectionData reflection : (data.reflections() != null) ? data.reflections()
				: List.<ReflectionData>of()) {
			if (reflection.text() == null || reflection.text().isBlank()) {
				continue;
			}
			this.jdbc.sql("insert into pksb_reflection (portfolio_id, area_id, text, updated_at) values (?, ?, ?, ?)")
				.params(portfolioId, areaId(frameworkId, reflection.area()), reflection.text(),
						timestamp(reflection.updatedAt()))
				.update();
		}
	}

	private long areaId(long frameworkId, String name) {
		return this.jdbc.sql("select id from pksb_area where framework_id = ? and name = ?")
			.params(frameworkId, name)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No PKSB area " + name));
	}

	private Long subAreaId(long areaId, String code) {
		if (code == null) {
			return null;
		}
		return this.jdbc.sql("select id from pksb_sub_area where area_id = ? and code = ?")
			.params(areaId, code)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No PKSB sub-area " + code));
	}

	private static String key(String area, String subArea) {
		return area + "\u0000" + ((subArea != null) ? subArea : "");
	}

}
