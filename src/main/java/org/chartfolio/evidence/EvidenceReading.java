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
import org.chartfolio.evidence.EvidenceService.DescribedItem;
import org.chartfolio.evidence.EvidenceService.EvidenceChange;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.system.Bin;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of a portfolio's items, each read in one transaction after
 * checking that the person may read the portfolio (or, for the progress figures, see its
 * progress): the live items, by number or with a file, how many and when they last
 * changed, the newest, those changed since a meeting, and the bin.
 * {@link EvidenceService} says what each answer means.
 */
@Service
@RequiredArgsConstructor
class EvidenceReading {

	private final EvidenceItems items;

	private final EvidenceFiles files;

	private final PortfolioAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	@Transactional(readOnly = true)
	List<EvidenceSummary> list(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLive(portfolio.id()).stream().map(EvidenceItem::toSummary).toList();
	}

	@Transactional(readOnly = true)
	List<DescribedItem> listDescribed(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLive(portfolio.id())
			.stream()
			.map((item) -> new DescribedItem(item.toSummary(), item.hasDescription(), item.hasReflection()))
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<EvidenceSummary> byNumber(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLiveByNumber(portfolio.id(), number).map(EvidenceItem::toSummary);
	}

	@Transactional(readOnly = true)
	Map<Integer, EvidenceSummary> byNumbers(SignedInUser user, long portfolioId, Collection<Integer> numbers) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		if (numbers.isEmpty()) {
			return Map.of();
		}
		return this.items.findLiveByNumbers(portfolio.id(), numbers)
			.stream()
			.map(EvidenceItem::toSummary)
			.collect(Collectors.toMap(EvidenceSummary::number, Function.identity()));
	}

	@Transactional(readOnly = true)
	long countLive(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.countLive(portfolio.id());
	}

	@Transactional(readOnly = true)
	Map<Long, EvidenceProgress> progress(SignedInUser user, Collection<Long> portfolioIds) {
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

	@Transactional(readOnly = true)
	List<EvidenceSummary> recent(SignedInUser user, long portfolioId, int limit) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		if (limit < 1) {
			return List.of();
		}
		return this.items.findRecent(portfolio.id(), PageRequest.of(0, limit))
			.stream()
			.map(EvidenceItem::toSummary)
			.toList();
	}

	@Transactional(readOnly = true)
	List<EvidenceChange> changesSince(SignedInUser user, long portfolioId, Instant since) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLiveChangedSince(portfolio.id(), since)
			.stream()
			.map((item) -> new EvidenceChange(item.toSummary(), item.getCreatedAt().isAfter(since),
					item.getUpdatedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	List<BinnedEvidence> binned(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findBinnedSince(portfolio.id(), this.clock.instant().minus(Bin.KEEPS))
			.stream()
			.map((item) -> new BinnedEvidence(item.getId(), item.getNumber(), item.getTitle(), item.getKind(),
					item.getDeletedAt(), item.getDeletedAt().plus(Bin.KEEPS)))
			.toList();
	}

	@Transactional(readOnly = true)
	List<EvidenceSummary> withFiles(SignedInUser user, long portfolioId) {
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
