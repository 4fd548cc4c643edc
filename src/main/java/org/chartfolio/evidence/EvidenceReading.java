package org.chartfolio.evidence;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.system.Bin;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of a portfolio's items, each read in one transaction after
 * checking, through {@link PortfolioAccess}, that the person may read the portfolio (or,
 * for the progress figures, see its progress): the live items, by number or with a file,
 * how many and when they last changed, the newest, those changed since a meeting, and the
 * bin. A portfolio the person may not read is answered like one that does not exist.
 */
@Service
@RequiredArgsConstructor
public class EvidenceReading {

	private final EvidenceItems items;

	private final EvidenceFiles files;

	private final PortfolioAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** A live item, with whether it says what it is and what it shows (for readiness). */
	public record DescribedItem(EvidenceSummary item, boolean described, boolean explained) {

		/**
		 * Whether an assessor would find it bare: no description, no "what this shows" or
		 * no date.
		 */
		public boolean bare() {
			return !this.described || !this.explained || this.item.activityDate() == null;
		}

	}

	/**
	 * An item added or changed after some moment; {@code added} when it did not exist
	 * before it.
	 */
	public record EvidenceChange(EvidenceSummary item, boolean added, Instant changedAt) {
	}

	/** The portfolio's evidence, not in the bin, in number order. */
	@Transactional(readOnly = true)
	public List<EvidenceSummary> list(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLive(portfolio.id()).stream().map(EvidenceItem::toSummary).toList();
	}

	/**
	 * The portfolio's evidence, not in the bin, in number order, each with what it says
	 * of itself.
	 */
	@Transactional(readOnly = true)
	public List<DescribedItem> listDescribed(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLive(portfolio.id())
			.stream()
			.map((item) -> new DescribedItem(item.toSummary(), item.hasDescription(), item.hasReflection()))
			.toList();
	}

	/** The live item with this number. */
	@Transactional(readOnly = true)
	public Optional<EvidenceSummary> byNumber(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLiveByNumber(portfolio.id(), number).map(EvidenceItem::toSummary);
	}

	/**
	 * The live items with these numbers, by number; numbers with no live item are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, EvidenceSummary> byNumbers(SignedInUser user, long portfolioId, Collection<Integer> numbers) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		if (numbers.isEmpty()) {
			return Map.of();
		}
		return this.items.findLiveByNumbers(portfolio.id(), numbers)
			.stream()
			.map(EvidenceItem::toSummary)
			.collect(Collectors.toMap(EvidenceSummary::number, Function.identity()));
	}

	/** How many items the portfolio has, not counting the bin. */
	@Transactional(readOnly = true)
	public long countLive(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.countLive(portfolio.id());
	}

	/**
	 * How many live items the portfolio has and when an item last changed (added, edited,
	 * put in or taken out of the bin), for anybody who sees its progress: numbers only,
	 * never an item.
	 */
	@Transactional(readOnly = true)
	public EvidenceProgress progress(SignedInUser user, long portfolioId) {
		return progress(user, List.of(portfolioId)).get(portfolioId);
	}

	/**
	 * {@link #progress(SignedInUser, long)} of several portfolios, keyed by id in the
	 * order given, in one query for all of them.
	 */
	@Transactional(readOnly = true)
	public Map<Long, EvidenceProgress> progress(SignedInUser user, Collection<Long> portfolioIds) {
		Map<Long, EvidenceProgress> progress = new LinkedHashMap<>();
		this.access.progressVisible(user, portfolioIds)
			.keySet()
			.forEach((portfolioId) -> progress.put(portfolioId, new EvidenceProgress(0, null)));
		if (progress.isEmpty()) {
			return Map.of();
		}
		this.jdbc
			.sql("select portfolio_id, count(*) filter (where deleted_at is null) as live, "
					+ "greatest(max(updated_at), max(deleted_at)) as last_changed "
					+ "from evidence_item where portfolio_id in (:portfolios) group by portfolio_id")
			.param("portfolios", progress.keySet())
			.query((ResultSet row) -> {
				java.sql.Timestamp last = row.getTimestamp("last_changed");
				progress.put(row.getLong("portfolio_id"),
						new EvidenceProgress(row.getLong("live"), (last != null) ? last.toInstant() : null));
			});
		return progress;
	}

	/** The most recently added live items, newest first. */
	@Transactional(readOnly = true)
	public List<EvidenceSummary> recent(SignedInUser user, long portfolioId, int limit) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		if (limit < 1) {
			return List.of();
		}
		return this.items.findRecent(portfolio.id(), PageRequest.of(0, limit))
			.stream()
			.map(EvidenceItem::toSummary)
			.toList();
	}

	/**
	 * The live items added or changed after {@code since}, in number order, in one query.
	 */
	@Transactional(readOnly = true)
	public List<EvidenceChange> changesSince(SignedInUser user, long portfolioId, Instant since) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLiveChangedSince(portfolio.id(), since)
			.stream()
			.map((item) -> new EvidenceChange(item.toSummary(), item.getCreatedAt().isAfter(since),
					item.getUpdatedAt()))
			.toList();
	}

	/** The items in the bin that can still be restored, most recently deleted first. */
	@Transactional(readOnly = true)
	public List<BinnedEvidence> binned(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findBinnedSince(portfolio.id(), this.clock.instant().minus(Bin.KEEPS))
			.stream()
			.map((item) -> new BinnedEvidence(item.getId(), item.getNumber(), item.getTitle(), item.getKind(),
					item.getDeletedAt(), item.getDeletedAt().plus(Bin.KEEPS)))
			.toList();
	}

	/**
	 * The portfolio's live items that have at least one file, in number order: what can
	 * be sent as a CV.
	 */
	@Transactional(readOnly = true)
	public List<EvidenceSummary> withFiles(SignedInUser user, long portfolioId) {
		List<EvidenceSummary> live = list(user, portfolioId);
		if (live.isEmpty()) {
			return List.of();
		}
		Set<Long> withFile = this.files.viewsOf(live.stream().map(EvidenceSummary::id).toList())
			.stream()
			.map(EvidenceFileView::evidenceId)
			.collect(Collectors.toSet());
		return live.stream().filter((item) -> withFile.contains(item.id())).toList();
	}

}
