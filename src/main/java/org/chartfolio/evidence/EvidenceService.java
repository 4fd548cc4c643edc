package org.chartfolio.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and reading evidence. Every call checks, through {@link PortfolioAccess}, that the person
 * may read or write the portfolio.
 */
@Service
public class EvidenceService {

	private final EvidenceItems items;

	private final EvidenceNumbering numbering;

	private final PortfolioAccess access;

	private final Clock clock;

	EvidenceService(EvidenceItems items, EvidenceNumbering numbering, PortfolioAccess access, Clock clock) {
		this.items = items;
		this.numbering = numbering;
		this.access = access;
		this.clock = clock;
	}

	/** What describes an evidence item; everything but the title may be left empty. */
	public record EvidenceDetails(String title, EvidenceKind kind, LocalDate activityDate, String description,
			String reflection, String link, Set<String> tags) {
	}

	@Transactional
	public EvidenceSummary add(SignedInUser user, long portfolioId, EvidenceDetails details) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		EvidenceItem item = new EvidenceItem(portfolio.id(), this.numbering.next(portfolio.id()), details.title(),
				details.kind(), this.clock.instant());
		item.describe(details.title(), details.kind(), details.activityDate(), details.description(),
				details.reflection(), details.link(), details.tags(), this.clock.instant());
		return this.items.save(item).toSummary();
	}

	/** The portfolio's evidence, not in the bin, in number order. */
	@Transactional(readOnly = true)
	public List<EvidenceSummary> list(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLive(portfolio.id()).stream().map(EvidenceItem::toSummary).toList();
	}

	@Transactional(readOnly = true)
	public Optional<EvidenceSummary> byNumber(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLiveByNumber(portfolio.id(), number).map(EvidenceItem::toSummary);
	}

	/** The live items with these numbers, by number; numbers with no live item are absent. */
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

}
