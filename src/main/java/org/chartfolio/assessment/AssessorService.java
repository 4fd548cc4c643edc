package org.chartfolio.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService.SharedDownload;
import org.chartfolio.evidence.EvidenceSharing;
import org.chartfolio.export.ExportService;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.Standing;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.SecretTokens;
import org.chartfolio.system.SiteAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assessor links and what they open. The candidate alone makes, lists and revokes the
 * links of a submitted copy. Whoever holds a working link reads that copy, and nothing
 * else: the link names one submitted copy, and every read it makes goes through the other
 * modules' public reads as the copy's candidate would make them, read-only, never for a
 * live portfolio. A link that does not work (unknown, expired, revoked, or its copy gone)
 * is {@link LinkUnavailableException}, whatever the reason, so a guessed token learns
 * nothing.
 */
@Service
class AssessorService {

	/** The days a new link works for unless the candidate chooses otherwise. */
	static final int DEFAULT_DAYS = 30;

	private final AssessorLinks links;

	private final PortfolioAccess access;

	private final AccountService accounts;

	private final EvidenceSharing evidence;

	private final ExportService exports;

	private final WebEditions editions;

	private final JdbcClient jdbc;

	private final SiteAddress site;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	AssessorService(AssessorLinks links, PortfolioAccess access, AccountService accounts, EvidenceSharing evidence,
			ExportService exports, WebEditions editions, JdbcClient jdbc, SiteAddress site, Clock clock,
			PlatformTransactionManager transactions) {
		this.links = links;
		this.access = access;
		this.accounts = accounts;
		this.evidence = evidence;
		this.exports = exports;
		this.editions = editions;
		this.jdbc = jdbc;
		this.site = site;
		this.clock = clock;
		// The opening is logged even when the page reads in its own read-only
		// transaction.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	// The candidate's side

	/** A link as the candidate's page lists it, with its openings, newest first. */
	record LinkView(long id, String name, LocalDateTime createdAt, LocalDateTime expiresAt, LocalDateTime revokedAt,
			boolean works, List<LocalDateTime> openings) {
	}

	/**
	 * The assessor links page of a portfolio: only a submitted copy has links
	 * ({@code submittedOn} null otherwise).
	 */
	record LinksPage(PortfolioRef portfolio, LocalDate submittedOn, List<LinkView> links) {
	}

	/** A new link: the only time its token is known, shown once to the candidate. */
	record Created(long id, String name, String url) {
	}

	@Transactional(readOnly = true)
	LinksPage page(SignedInUser user, long portfolioId) {
		Standing standing = ownedStanding(user, portfolioId);
		if (standing.submittedOn() == null) {
			return new LinksPage(standing.portfolio(), null, List.of());
		}
		List<AssessorLink> all = this.links.findByPortfolioIdOrderByCreatedAtDescIdDesc(portfolioId);
		Map<Long, List<LocalDateTime>> openings = openingsOf(all.stream().map(AssessorLink::getId).toList());
		Instant now = this.clock.instant();
		List<LinkView> views = all.stream()
			.map((link) -> new LinkView(link.getId(), link.getName(), local(link.getCreatedAt()),
					local(link.getExpiresAt()), local(link.getRevokedAt()), link.worksAt(now),
					openings.getOrDefault(link.getId(), List.of())))
			.toList();
		return new LinksPage(standing.portfolio(), standing.submittedOn(), views);
	}

	/** Makes a named link to the submitted copy that works for {@code days} (1 to 90). */
	@Transactional
	Created create(SignedInUser user, long portfolioId, String name, Integer days) {
		Standing standing = ownedStanding(user, portfolioId);
		if (standing.submittedOn() == null) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		String cleanName = (name != null) ? name.strip() : "";
		if (cleanName.isEmpty()) {
			throw new FieldProblem("name", "assessors.name.required");
		}
		if (cleanName.length() > AssessorLink.MAX_NAME_LENGTH) {
			throw new FieldProblem("name", "assessors.name.tooLong");
		}
		if (days == null || days < 1 || days > AssessorLink.LONGEST.toDays()) {
			throw new FieldProblem("days", "assessors.days.range");
		}
		String token = SecretTokens.newToken();
		AssessorLink link = this.links.save(new AssessorLink(portfolioId, cleanName, SecretTokens.hash(token),
				this.clock.instant(), Duration.ofDays(days)));
		return new Created(link.getId(), link.getName(), this.site.absolute("/assessors/" + token));
	}

	/** Stops the link working at once; its openings stay listed. */
	@Transactional
	void revoke(SignedInUser user, long portfolioId, long linkId) {
		ownedStanding(user, portfolioId);
		AssessorLink link = this.links.findByIdAndPortfolioId(linkId, portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		link.revoke(this.clock.instant());
	}

	// The assessor's side

	/** Opens the web edition of the link's copy, and logs the opening. */
	WebEdition open(String token) {
		Reader reader = reader(token);
		this.ownTransaction.executeWithoutResult(
				(status) -> this.jdbc.sql("insert into assessor_opening (link_id, opened_at) values (?, ?)")
					.params(reader.linkId(), Timestamp.from(this.clock.instant()))
					.update());
		return this.editions.read(reader.owner(), reader.copyId());
	}

	/**
	 * One file of one of the copy's items, for the link's holder; the caller closes it.
	 */
	SharedDownload file(String token, long evidenceId, long fileId) {
		Reader reader = reader(token);
		return this.evidence.openFile(reader.owner(), reader.copyId(), evidenceId, fileId)
			.orElseThrow(LinkUnavailableException::new);
	}

	/** Starts (or finds, when one is already running) the PDF export of the copy. */
	UUID startPdf(String token) {
		Reader reader = reader(token);
		// The copy is what was submitted: if it fails readiness the PDF carries the draft
		// mark, which the
		// assessor should see rather than be asked to confirm.
		return this.exports.startPdf(reader.owner(), reader.copyId(), true);
	}

	ExportService.JobView pdfJob(String token, String jobId) {
		Reader reader = reader(token);
		try {
			return this.exports.job(reader.owner(), reader.copyId(), jobId);
		}
		catch (PortfolioNotFoundException gone) {
			throw new LinkUnavailableException();
		}
	}

	ExportService.Download pdf(String token, String jobId) {
		Reader reader = reader(token);
		try {
			return this.exports.download(reader.owner(), reader.copyId(), jobId);
		}
		catch (PortfolioNotFoundException gone) {
			throw new LinkUnavailableException();
		}
	}

	/**
	 * Who a working link reads as (the copy's candidate) and which copy: never anything
	 * else.
	 */
	private record Reader(long linkId, long copyId, SignedInUser owner) {
	}

	private Reader reader(String token) {
		if (token == null || token.length() > 100) {
			throw new LinkUnavailableException();
		}
		AssessorLink link = this.links.findByTokenHash(SecretTokens.hash(token))
			.filter((found) -> found.worksAt(this.clock.instant()))
			.orElseThrow(LinkUnavailableException::new);
		Long ownerId = this.jdbc.sql("select owner_id from portfolio where id = ? and submitted_at is not null")
			.param(link.getPortfolioId())
			.query(Long.class)
			.optional()
			.orElseThrow(LinkUnavailableException::new);
		SignedInUser owner = this.accounts.signedInUser(ownerId).orElseThrow(LinkUnavailableException::new);
		return new Reader(link.getId(), link.getPortfolioId(), owner);
	}

	private Standing ownedStanding(SignedInUser user, long portfolioId) {
		this.access.owned(user, portfolioId);
		return this.access.standing(user, portfolioId);
	}

	private Map<Long, List<LocalDateTime>> openingsOf(List<Long> linkIds) {
		if (linkIds.isEmpty()) {
			return Map.of();
		}
		record Opening(long linkId, Instant at) {
		}
		return this.jdbc.sql("""
				select link_id, opened_at from assessor_opening where link_id in (:ids)
				order by opened_at desc, id desc""")
			.param("ids", linkIds)
			.query((rs, n) -> new Opening(rs.getLong("link_id"), rs.getTimestamp("opened_at").toInstant()))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Opening::linkId,
					Collectors.mapping((o) -> local(o.at()), Collectors.toList())));
	}

	private LocalDateTime local(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, this.clock.getZone()) : null;
	}

}
