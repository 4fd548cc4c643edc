package org.chartfolio.portfolio;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chartfolio.account.SignedInUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The permission table of this module's package-info, asked by every module before it
 * reads or writes anything of a portfolio. Whoever may not do a thing gets
 * {@link PortfolioNotFoundException} (a change to a submitted copy,
 * {@link SubmittedCopyException}), so that a stranger cannot tell a forbidden portfolio
 * from a missing one.
 * <p>
 * How a person stands to a portfolio is read in one statement and, inside a web request,
 * once per request: {@link PortfolioRequests} resolves it before the handler runs, and
 * every check a service makes later in the same request (however deeply nested) is
 * answered from that without a query. Each request reads the memberships afresh, so
 * ending somebody's access takes effect on their very next request; a change to the
 * memberships within a request forgets what that request knew.
 */
@Service
public class PortfolioAccess {

	private final JdbcClient jdbc;

	private final SectionShares shares;

	private final List<EvidenceGrant> grants;

	private final Clock clock;

	PortfolioAccess(JdbcClient jdbc, SectionShares shares, List<EvidenceGrant> grants, Clock clock) {
		this.jdbc = jdbc;
		this.shares = shares;
		this.grants = List.copyOf(grants);
		this.clock = clock;
	}

	/**
	 * How the person stands to the portfolio (its role and, for a submitted copy, the day
	 * it was submitted); not found for anybody without a role in it.
	 */
	public Standing standing(SignedInUser user, long portfolioId) {
		return find(user, portfolioId).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	/**
	 * The portfolio, when the person may do what the permission says; refused as
	 * described above.
	 */
	public PortfolioRef require(SignedInUser user, long portfolioId, Permission permission) {
		Standing standing = standing(user, portfolioId);
		if (!permission.allows(standing.role())) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		if (permission.changesThePortfolio() && standing.submittedOn() != null) {
			throw new SubmittedCopyException(portfolioId, standing.submittedOn());
		}
		return standing.portfolio();
	}

	/**
	 * May read statements, evidence and files of the portfolio: its candidate and their
	 * mentor.
	 */
	public PortfolioRef readable(SignedInUser user, long portfolioId) {
		return require(user, portfolioId, Permission.READ);
	}

	/**
	 * May take the portfolio away (its data export, its submitted copies): its candidate
	 * alone, live or submitted.
	 */
	public PortfolioRef owned(SignedInUser user, long portfolioId) {
		return require(user, portfolioId, Permission.OWN);
	}

	/**
	 * May write statements, evidence and goals: its candidate alone, and never in a
	 * submitted copy.
	 */
	public PortfolioRef writable(SignedInUser user, long portfolioId) {
		return require(user, portfolioId, Permission.WRITE);
	}

	/**
	 * May comment, decide reviews and keep the meeting log: candidate and mentor, never
	 * in a submitted copy.
	 */
	public PortfolioRef changeable(SignedInUser user, long portfolioId) {
		return require(user, portfolioId, Permission.CHANGE);
	}

	/**
	 * May see the portfolio's progress (statuses, counts, dates): candidate, mentor, line
	 * manager.
	 */
	public PortfolioRef progressVisible(SignedInUser user, long portfolioId) {
		return require(user, portfolioId, Permission.PROGRESS);
	}

	/**
	 * {@link #progressVisible(SignedInUser, long)} for several portfolios at once, keyed
	 * by id in the order given: one statement for all those the request has not asked
	 * about yet, so that a page listing portfolios (a home page) asks as often for ten as
	 * for one. One the person may not see is not found, as on its own.
	 */
	public Map<Long, PortfolioRef> progressVisible(SignedInUser user, Collection<Long> portfolioIds) {
		Map<Long, Optional<Standing>> read = readAll(user, portfolioIds);
		StandingMemo memo = StandingMemo.current();
		Map<Long, PortfolioRef> visible = new LinkedHashMap<>();
		for (long portfolioId : new LinkedHashSet<>(portfolioIds)) {
			Optional<Standing> standing = (memo != null)
					? memo.standing(user.id(), portfolioId, () -> read.getOrDefault(portfolioId, Optional.empty()))
					: read.getOrDefault(portfolioId, Optional.empty());
			if (standing.isEmpty() || !Permission.PROGRESS.allows(standing.get().role())) {
				throw new PortfolioNotFoundException(portfolioId);
			}
			visible.put(portfolioId, standing.get().portfolio());
		}
		return visible;
	}

	/**
	 * How the person stands to the portfolio; not found for anybody without a role in it.
	 */
	public PortfolioRole roleOf(SignedInUser user, long portfolioId) {
		return standing(user, portfolioId).role();
	}

	/**
	 * May read the text of this one section: whoever reads the whole portfolio, and the
	 * line manager when the candidate has shared the section with them. Whether the
	 * section is of this portfolio is checked here for the line manager; callers find the
	 * section in the portfolio for the rest.
	 */
	public PortfolioRef sectionReadable(SignedInUser user, long portfolioId, long sectionId) {
		Standing standing = standing(user, portfolioId);
		if (standing.lineManager()
				&& !this.shares.existsBySectionIdAndPortfolioIdAndAccountId(sectionId, portfolioId, user.id())) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		return standing.portfolio();
	}

	/**
	 * May read this one evidence item and its files: whoever reads the whole portfolio,
	 * and anybody an {@link EvidenceGrant} lets see the item (the mentor a candidate
	 * asked through the directory, for the CV sent with the request, while it is open).
	 */
	public PortfolioRef evidenceReadable(SignedInUser user, long portfolioId, long evidenceId) {
		Optional<Standing> standing = find(user, portfolioId);
		if (standing.isPresent() && standing.get().readable()) {
			return standing.get().portfolio();
		}
		if (user != null
				&& this.grants.stream().anyMatch((grant) -> grant.grants(user.id(), portfolioId, evidenceId))) {
			return this.jdbc.sql("select owner_id, title from portfolio where id = :id")
				.param("id", portfolioId)
				.query((row, n) -> new PortfolioRef(portfolioId, row.getLong("owner_id"), row.getString("title")))
				.optional()
				.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		}
		throw new PortfolioNotFoundException(portfolioId);
	}

	/**
	 * Forgets, for the rest of this request, what it knew of the portfolio: its
	 * memberships changed.
	 */
	void forget(long portfolioId) {
		StandingMemo memo = StandingMemo.current();
		if (memo != null) {
			memo.forget(portfolioId);
		}
	}

	private Optional<Standing> find(SignedInUser user, long portfolioId) {
		if (user == null) {
			return Optional.empty();
		}
		StandingMemo memo = StandingMemo.current();
		if (memo == null) {
			return read(user.id(), portfolioId);
		}
		return memo.standing(user.id(), portfolioId, () -> read(user.id(), portfolioId));
	}

	/** The portfolio and the person's role in it, in one statement. */
	private Optional<Standing> read(long personId, long portfolioId) {
		return Optional.ofNullable(readAll(personId, Set.of(portfolioId)).get(portfolioId));
	}

	/**
	 * The standings the request does not know yet, in one statement (none when it knows
	 * them all).
	 */
	private Map<Long, Optional<Standing>> readAll(SignedInUser user, Collection<Long> portfolioIds) {
		StandingMemo memo = StandingMemo.current();
		Set<Long> unknown = new LinkedHashSet<>(portfolioIds);
		if (memo != null) {
			unknown.removeIf((portfolioId) -> memo.knows(user.id(), portfolioId));
		}
		Map<Long, Standing> found = unknown.isEmpty() ? Map.of() : readAll(user.id(), unknown);
		Map<Long, Optional<Standing>> read = new HashMap<>();
		unknown.forEach((portfolioId) -> read.put(portfolioId, Optional.ofNullable(found.get(portfolioId))));
		return read;
	}

	/** Each portfolio the person has a role in, with that role, by id. */
	private Map<Long, Standing> readAll(long personId, Collection<Long> portfolioIds) {
		Map<Long, Standing> standings = new HashMap<>();
		this.jdbc.sql("""
				select p.id, p.owner_id, p.title, p.submitted_at,
				       (select m.role from portfolio_membership m
				         where m.portfolio_id = p.id and m.account_id = :person and m.ended_at is null) as member_role
				from portfolio p where p.id in (:ids)""")
			.param("person", personId)
			.param("ids", portfolioIds)
			.query((ResultSet row) -> {
				long portfolioId = row.getLong("id");
				long owner = row.getLong("owner_id");
				String member = row.getString("member_role");
				PortfolioRole role = (owner == personId) ? PortfolioRole.OWNER
						: (member != null) ? PortfolioRole.valueOf(member) : null;
				Timestamp submitted = row.getTimestamp("submitted_at");
				LocalDate submittedOn = (submitted != null)
						? LocalDate.ofInstant(submitted.toInstant(), this.clock.getZone()) : null;
				if (role != null) {
					standings.put(portfolioId, new Standing(
							new PortfolioRef(portfolioId, owner, row.getString("title")), role, submittedOn));
				}
			});
		return standings;
	}

}
