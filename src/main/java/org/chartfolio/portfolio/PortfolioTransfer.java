package org.chartfolio.portfolio;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.chartfolio.system.SqlTimes.instant;
import static org.chartfolio.system.SqlTimes.timestamp;

/**
 * A portfolio and its sections as plain data, for the data export, and written back
 * exactly (dates, statuses and all) into a new portfolio for the import. It answers
 * whoever calls: the caller has asked {@link PortfolioAccess} first. Plain SQL, because
 * an import restores what the entities rightly refuse to be told (when a thing was
 * created, that a section was approved).
 */
@Service
@RequiredArgsConstructor
public class PortfolioTransfer {

	// The forms' and columns' limits, for the import to hold an archive to them.
	public static final int MAX_TITLE_LENGTH = Portfolio.MAX_TITLE_LENGTH;

	public static final int MAX_SECTION_TITLE_LENGTH = Section.MAX_TITLE_LENGTH;

	public static final int MAX_REASON_LENGTH = Section.MAX_REASON_LENGTH;

	private final JdbcClient jdbc;

	private final PortfolioAccess access;

	private final Clock clock;

	public record PortfolioData(String routeCode, String title, LocalDate targetDate, Instant createdAt,
			Instant updatedAt, Instant submittedAt, List<SectionData> sections) {
	}

	/**
	 * A section; {@code criterion} is the criterion's number in the route,
	 * {@code approvedRevision} the number of the revision that keeps the approved text.
	 */
	public record SectionData(long id, int position, String kind, Integer criterion, String title, String status,
			Instant updatedAt, Instant readySince, Instant approvedAt, String approvedByName, Integer approvedRevision,
			String reopenReason, Instant reopenedAt) {
	}

	/** The new portfolio, and its sections' ids by position. */
	public record Restored(long portfolioId, Map<Integer, Long> sectionIds) {
	}

	public record SubmittedCopy(long id, String title, Instant submittedAt) {
	}

	@Transactional(readOnly = true)
	public PortfolioData export(long portfolioId) {
		List<SectionData> sections = this.jdbc.sql("""
				select s.id, s.position, s.kind, c.position as criterion, s.title, s.status, s.updated_at,
				       s.ready_since, s.approved_at, coalesce(a.display_name, s.approved_by_name) as approver,
				       r.number as approved_revision,
				       s.reopen_reason, s.reopened_at
				from section s
				left join route_criterion c on c.id = s.criterion_id
				left join account a on a.id = s.approved_by
				left join section_revision r on r.id = s.approved_revision_id
				where s.portfolio_id = ? order by s.position""")
			.param(portfolioId)
			.query((rs, n) -> new SectionData(rs.getLong("id"), rs.getInt("position"), rs.getString("kind"),
					(Integer) rs.getObject("criterion"), rs.getString("title"), rs.getString("status"),
					instant(rs, "updated_at"), instant(rs, "ready_since"), instant(rs, "approved_at"),
					rs.getString("approver"), (Integer) rs.getObject("approved_revision"),
					rs.getString("reopen_reason"), instant(rs, "reopened_at")))
			.list();
		return this.jdbc.sql("""
				select r.code, p.title, p.target_date, p.created_at, p.updated_at, p.submitted_at
				from portfolio p join route r on r.id = p.route_id where p.id = ?""")
			.param(portfolioId)
			.query((rs, n) -> new PortfolioData(rs.getString("code"), rs.getString("title"),
					rs.getObject("target_date", LocalDate.class), instant(rs, "created_at"), instant(rs, "updated_at"),
					instant(rs, "submitted_at"), sections))
			.optional()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	/**
	 * Writes the portfolio for {@code ownerId}, in the caller's transaction. A route or
	 * criterion this installation does not have is an {@link IllegalArgumentException}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Restored restore(long ownerId, PortfolioData data) {
		Long routeId = this.jdbc.sql("select id from route where code = ?")
			.param(data.routeCode())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No route " + data.routeCode()));
		long portfolioId = this.jdbc.sql("""
				insert into portfolio (owner_id, route_id, title, target_date, created_at, updated_at, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(ownerId, routeId, data.title(), data.targetDate(), timestamp(data.createdAt()),
					timestamp(data.updatedAt()), timestamp(data.submittedAt()))
			.query(Long.class)
			.single();
		Map<Integer, Long> sectionIds = new LinkedHashMap<>();
		for (SectionData section : data.sections()) {
			Long criterionId = null;
			if (section.criterion() != null) {
				criterionId = this.jdbc.sql("select id from route_criterion where route_id = ? and position = ?")
					.params(routeId, section.criterion())
					.query(Long.class)
					.optional()
					.orElseThrow(() -> new IllegalArgumentException("No criterion " + section.criterion()));
			}
			SectionKind.valueOf(section.kind());
			SectionStatus.valueOf(section.status());
			long id = this.jdbc.sql("""
					insert into section (portfolio_id, position, kind, criterion_id, title, status, updated_at,
					                     ready_since, approved_at, approved_by_name, reopen_reason, reopened_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(portfolioId, section.position(), section.kind(), criterionId, section.title(), section.status(),
						timestamp(section.updatedAt()), timestamp(section.readySince()),
						timestamp(section.approvedAt()), section.approvedByName(), section.reopenReason(),
						timestamp(section.reopenedAt()))
				.query(Long.class)
				.single();
			sectionIds.put(section.position(), id);
		}
		return new Restored(portfolioId, sectionIds);
	}

	/**
	 * Writes an imported portfolio for {@code ownerId}, in the caller's transaction,
	 * without the trust the file claims: unsubmitted, every section in draft with no
	 * approval, readiness date or reopening. What the file said happened (submitted, sent
	 * for review, changes requested, approved, reopened) is kept as
	 * {@link ImportedEvent}s: dated, attributed to a name as text, linked to no account,
	 * acted on by nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Restored restoreImported(long ownerId, PortfolioData data) {
		List<SectionData> drafts = data.sections()
			.stream()
			.map((s) -> new SectionData(s.id(), s.position(), s.kind(), s.criterion(), s.title(),
					SectionStatus.DRAFT.name(), s.updatedAt(), null, null, null, null, null, null))
			.toList();
		Restored restored = restore(ownerId, new PortfolioData(data.routeCode(), data.title(), data.targetDate(),
				data.createdAt(), data.updatedAt(), null, drafts));
		long portfolioId = restored.portfolioId();
		if (data.submittedAt() != null) {
			history(portfolioId, null, ImportedEvent.Kind.SUBMITTED, data.submittedAt(), null, null);
		}
		for (SectionData s : data.sections()) {
			Long sectionId = restored.sectionIds().get(s.position());
			SectionStatus claimed = SectionStatus.valueOf(s.status());
			if (s.readySince() != null) {
				history(portfolioId, sectionId, ImportedEvent.Kind.READY_FOR_REVIEW, s.readySince(), null, null);
			}
			if (claimed == SectionStatus.CHANGES_REQUESTED) {
				history(portfolioId, sectionId, ImportedEvent.Kind.CHANGES_REQUESTED, s.updatedAt(), null, null);
			}
			if (s.approvedAt() != null || claimed == SectionStatus.APPROVED) {
				history(portfolioId, sectionId, ImportedEvent.Kind.APPROVED,
						(s.approvedAt() != null) ? s.approvedAt() : s.updatedAt(), s.approvedByName(), null);
			}
			if (s.reopenedAt() != null) {
				history(portfolioId, sectionId, ImportedEvent.Kind.REOPENED, s.reopenedAt(), null, s.reopenReason());
			}
		}
		return restored;
	}

	private void history(long portfolioId, Long sectionId, ImportedEvent.Kind kind, Instant at, String byName,
			String detail) {
		this.jdbc.sql("""
				insert into imported_history (portfolio_id, section_id, event, happened_at, by_name, detail)
				values (?, ?, ?, ?, ?, ?)""")
			.params(portfolioId, sectionId, kind.name(), timestamp(at), byName, detail)
			.update();
	}

	/**
	 * What an import said happened to a section ({@code sectionId}) or, with none, to the
	 * portfolio, oldest first. History only: nothing reads it to decide anything.
	 */
	@Transactional(readOnly = true)
	public List<ImportedEvent> importedHistory(long portfolioId, Long sectionId) {
		return importedHistory(this.jdbc, this.clock.getZone(), portfolioId, sectionId);
	}

	static List<ImportedEvent> importedHistory(JdbcClient jdbc, java.time.ZoneId zone, long portfolioId,
			Long sectionId) {
		// The portfolio's own history has no section; a typed null cannot stand in for it
		// in SQL.
		var query = (sectionId != null) ? jdbc.sql("""
				select event, happened_at, by_name, detail from imported_history
				where portfolio_id = ? and section_id = ? order by happened_at, id""").params(portfolioId, sectionId)
				: jdbc.sql("""
						select event, happened_at, by_name, detail from imported_history
						where portfolio_id = ? and section_id is null order by happened_at, id""").param(portfolioId);
		return query
			.query((rs, n) -> new ImportedEvent(ImportedEvent.Kind.valueOf(rs.getString("event")),
					local(instant(rs, "happened_at"), zone), rs.getString("by_name"), rs.getString("detail")))
			.list();
	}

	private static java.time.LocalDateTime local(Instant at, java.time.ZoneId zone) {
		return (at != null) ? java.time.LocalDateTime.ofInstant(at, zone) : null;
	}

	/**
	 * Once the revisions are back, points each approved section at the revision that
	 * keeps its approved text.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreApprovedRevisions(Restored restored, List<SectionData> sections) {
		for (SectionData section : sections) {
			if (section.approvedRevision() != null) {
				this.jdbc.sql("""
						update section set approved_revision_id =
						  (select id from section_revision where section_id = ? and number = ?) where id = ?""")
					.params(restored.sectionIds().get(section.position()), section.approvedRevision(),
							restored.sectionIds().get(section.position()))
					.update();
			}
		}
	}

	/**
	 * Freezes a copy: from now on {@link PortfolioAccess#writable} refuses every change
	 * to it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markSubmitted(long copyId, long fromId, Instant at) {
		this.jdbc.sql("update portfolio set submitted_at = ?, submitted_from_id = ? where id = ?")
			.params(timestamp(at), fromId, copyId)
			.update();
		this.access.forget(copyId);
	}

	/** The submitted copies made from a portfolio, newest first. */
	@Transactional(readOnly = true)
	public List<SubmittedCopy> submittedCopiesOf(long portfolioId) {
		return this.jdbc.sql("""
				select id, title, submitted_at from portfolio
				where submitted_from_id = ? and submitted_at is not null order by submitted_at desc, id desc""")
			.param(portfolioId)
			.query((rs, n) -> new SubmittedCopy(rs.getLong("id"), rs.getString("title"), instant(rs, "submitted_at")))
			.list();
	}

	/**
	 * The live portfolio a submitted copy was frozen from, while it still exists; empty
	 * for any other portfolio.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> submittedFrom(long copyId) {
		return this.jdbc.sql("select submitted_from_id from portfolio where id = ? and submitted_at is not null")
			.param(copyId)
			.query((rs, n) -> (Long) rs.getObject("submitted_from_id", Long.class))
			.optional();
	}

	/**
	 * The day each of the person's submitted copies was submitted, by portfolio id, for
	 * the home page.
	 */
	@Transactional(readOnly = true)
	public Map<Long, LocalDate> submittedCopiesOwnedBy(long ownerId) {
		Map<Long, LocalDate> copies = new LinkedHashMap<>();
		this.jdbc.sql("select id, submitted_at from portfolio where owner_id = ? and submitted_at is not null")
			.param(ownerId)
			.query((ResultSet rs) -> {
				copies.put(rs.getLong("id"), LocalDate.ofInstant(instant(rs, "submitted_at"), this.clock.getZone()));
			});
		return copies;
	}

}
