package org.chartfolio.portfolio;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.system.StaleEditException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow of a section: the candidate marks it ready for review and reopens
 * it once approved, the portfolio's active mentor requests changes or approves. Each step
 * checks the permission table through {@link PortfolioAccess} (anybody else: not found),
 * the version the page was showing (a stale page: {@link StaleEditException}), and then
 * lets the {@link Section} decide whether the step is allowed in its state. It lives here
 * because the section is this module's entity; the {@code review} module adds the
 * comments and tells others what happened.
 */
@Service
@RequiredArgsConstructor
public class SectionWorkflow {

	private final Sections sections;

	private final Memberships memberships;

	private final PortfolioAccess access;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * Where a section stands in review, for its pages. Names are as the people call
	 * themselves.
	 */
	public record ReviewState(SectionView section, Instant readySince, Instant approvedAt, String approvedByName,
			Long approvedRevisionId, String reopenReason, Instant reopenedAt, boolean hasActiveMentor,
			List<ImportedEvent> imported) {
	}

	/**
	 * Where a section stands in review, as every page of the section shows it at its top:
	 * the status, who approved it and when, when it was asked to be reviewed or last
	 * reopened (and why), and whether a mentor is there to ask. Times are local to the
	 * app's clock. What the viewer may do next follows from this and their standing.
	 */
	public record ReviewStatus(long portfolioId, long sectionId, SectionKind kind, SectionStatus status, long version,
			LocalDateTime readySince, LocalDateTime approvedAt, String approvedByName, LocalDateTime reopenedAt,
			String reopenReason, boolean hasActiveMentor) {

		public boolean approved() {
			return this.status == SectionStatus.APPROVED;
		}

		/**
		 * The candidate may ask for a review: a draft, or a section sent back with
		 * changes requested.
		 */
		public boolean askable() {
			return this.status == SectionStatus.DRAFT || this.status == SectionStatus.CHANGES_REQUESTED;
		}

		public boolean waiting() {
			return this.status == SectionStatus.READY_FOR_REVIEW;
		}

	}

	/** A section waiting in a mentor's queue. */
	public record WaitingSection(long portfolioId, String portfolioTitle, String candidateName, long sectionId,
			SectionKind kind, Integer criterionNumber, String title, Instant readySince) {

		/** The section's name as pages show it: see {@link SectionView#nameKey()}. */
		public String nameKey() {
			return SectionView.nameKey(this.kind, this.criterionNumber);
		}

		public Object[] nameArgs() {
			return SectionView.nameArgs(this.criterionNumber, this.title);
		}

	}

	/**
	 * Where the section stands, for whoever may read the portfolio (candidate and
	 * mentor).
	 */
	@Transactional(readOnly = true)
	public ReviewState state(SignedInUser user, long portfolioId, long sectionId) {
		this.access.readable(user, portfolioId);
		Section section = find(portfolioId, sectionId);
		String approver = (section.getApprovedBy() != null)
				? this.accounts.displayNameOf(section.getApprovedBy()).orElse("") : section.getApprovedByName();
		return new ReviewState(PortfolioService.view(section), section.getReadySince(), section.getApprovedAt(),
				approver, section.getApprovedRevisionId(), section.getReopenReason(), section.getReopenedAt(),
				hasActiveMentor(portfolioId),
				PortfolioTransfer.importedHistory(this.jdbc, this.clock.getZone(), portfolioId, sectionId));
	}

	/**
	 * Where the section stands in review, for whoever may see the portfolio's progress
	 * (candidate, mentor, line manager): statuses are progress. One query, the approver's
	 * name and whether there is a mentor included.
	 */
	@Transactional(readOnly = true)
	public ReviewStatus status(SignedInUser user, long portfolioId, long sectionId) {
		long id = this.access.progressVisible(user, portfolioId).id();
		return statuses(id, "s.id = :section", sectionId).stream()
			.findFirst()
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	/**
	 * The same for the portfolio's section of a kind that has one section at most (the
	 * PKSB, the development plan); empty when the route has none.
	 */
	@Transactional(readOnly = true)
	public Optional<ReviewStatus> status(SignedInUser user, long portfolioId, SectionKind kind) {
		long id = this.access.progressVisible(user, portfolioId).id();
		return statuses(id, "s.kind = :section", kind.name()).stream().findFirst();
	}

	private List<ReviewStatus> statuses(long portfolioId, String which, Object value) {
		ZoneId zone = this.clock.getZone();
		return this.jdbc.sql("""
				select s.id, s.kind, s.status, s.version, s.ready_since, s.approved_at, s.reopened_at, s.reopen_reason,
				       coalesce(a.display_name, s.approved_by_name) as approver,
				       exists (select 1 from portfolio_membership m where m.portfolio_id = s.portfolio_id
				               and m.role = 'MENTOR' and m.ended_at is null) as has_mentor
				from section s
				left join account a on a.id = s.approved_by
				where s.portfolio_id = :portfolio and """ + " " + which + " order by s.position, s.id")
			.param("portfolio", portfolioId)
			.param("section", value)
			.query((rs, row) -> new ReviewStatus(portfolioId, rs.getLong("id"),
					SectionKind.valueOf(rs.getString("kind")), SectionStatus.valueOf(rs.getString("status")),
					rs.getLong("version"), local(rs.getTimestamp("ready_since"), zone),
					local(rs.getTimestamp("approved_at"), zone), rs.getString("approver"),
					local(rs.getTimestamp("reopened_at"), zone), rs.getString("reopen_reason"),
					rs.getBoolean("has_mentor")))
			.list();
	}

	private static LocalDateTime local(Timestamp timestamp, ZoneId zone) {
		return (timestamp != null) ? LocalDateTime.ofInstant(timestamp.toInstant(), zone) : null;
	}

	/** The candidate asks the mentor to review the section. */
	@Transactional
	public SectionView markReadyForReview(SignedInUser user, long portfolioId, long sectionId, long version) {
		this.access.writable(user, portfolioId);
		Section section = current(portfolioId, sectionId, version);
		section.markReadyForReview(user.id(), hasActiveMentor(portfolioId), this.clock.instant());
		return saved(section);
	}

	/** The mentor sends the section back with a comment saying what to change. */
	@Transactional
	public SectionView requestChanges(SignedInUser user, long portfolioId, long sectionId, long version,
			String comment) {
		PortfolioRole role = reviewer(user, portfolioId);
		Section section = current(portfolioId, sectionId, version);
		section.requestChanges(role, comment, this.clock.instant());
		return saved(section);
	}

	/**
	 * The mentor approves the section. {@code keepApprovedText} is asked, once the
	 * section has agreed to be approved, to keep the text as it stands and give the id of
	 * the revision that holds it.
	 */
	@Transactional
	public SectionView approve(SignedInUser user, long portfolioId, long sectionId, long version,
			LongSupplier keepApprovedText) {
		PortfolioRole role = reviewer(user, portfolioId);
		Section section = current(portfolioId, sectionId, version);
		section.requireApprovableBy(role);
		section.approve(user.id(), role, keepApprovedText.getAsLong(), this.clock.instant());
		return saved(section);
	}

	/**
	 * The candidate reopens an approved section, giving a reason; the approved text stays
	 * kept.
	 */
	@Transactional
	public SectionView reopen(SignedInUser user, long portfolioId, long sectionId, long version, String reason) {
		this.access.writable(user, portfolioId);
		Section section = current(portfolioId, sectionId, version);
		section.reopen(user.id(), reason, this.clock.instant());
		return saved(section);
	}

	/**
	 * Sections waiting for review in the portfolios the person is the active mentor of,
	 * the longest waiting first. One query, however many mentees.
	 */
	@Transactional(readOnly = true)
	public List<WaitingSection> waitingFor(SignedInUser mentor) {
		return this.jdbc.sql("""
				select s.id as section_id, s.kind, c.position as criterion_number, s.title, s.ready_since,
				       p.id as portfolio_id, p.title as portfolio_title, a.display_name
				from section s
				join portfolio p on p.id = s.portfolio_id
				join portfolio_membership m on m.portfolio_id = p.id and m.account_id = :mentor
				     and m.role = 'MENTOR' and m.ended_at is null
				join account a on a.id = p.owner_id
				left join route_criterion c on c.id = s.criterion_id
				where s.status = 'READY_FOR_REVIEW'
				order by s.ready_since, s.id""")
			.param("mentor", mentor.id())
			.query((rs, row) -> new WaitingSection(rs.getLong("portfolio_id"), rs.getString("portfolio_title"),
					rs.getString("display_name"), rs.getLong("section_id"), SectionKind.valueOf(rs.getString("kind")),
					(Integer) rs.getObject("criterion_number"), rs.getString("title"),
					instant(rs.getTimestamp("ready_since"))))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * Deciding a review is for the portfolio's active mentor; anybody else without a
	 * role: not found.
	 */
	private PortfolioRole reviewer(SignedInUser user, long portfolioId) {
		PortfolioRole role = this.access.roleOf(user, portfolioId);
		if (role == PortfolioRole.LINE_MANAGER) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		this.access.changeable(user, portfolioId);
		return role;
	}

	private boolean hasActiveMentor(long portfolioId) {
		return this.memberships.existsByPortfolioIdAndRoleAndEndedAtIsNull(portfolioId, PortfolioRole.MENTOR);
	}

	private Section find(long portfolioId, long sectionId) {
		return this.sections.findByIdAndPortfolioId(sectionId, portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	private Section current(long portfolioId, long sectionId, long version) {
		Section section = find(portfolioId, sectionId);
		section.requireVersion(version);
		return section;
	}

	private SectionView saved(Section section) {
		return PortfolioService.view(this.sections.saveAndFlush(section));
	}

}
