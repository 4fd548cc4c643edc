package org.chartfolio.readiness;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chartfolio.cpd.CpdProgress;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.plan.GoalView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.signoff.SignOffService;

/**
 * What the readiness checks read, read once for them all by {@link ReadinessFactsReader}:
 * the portfolio's writing, its live evidence items with their citations and files, the
 * glossary's view of the acronyms, whether it has a mentor, its goals, and where the
 * route has them the PKSB, the CPD log and the sign-off documents.
 */
record ReadinessFacts(long portfolioId, PortfolioWriting.Read read, List<EvidenceReading.DescribedItem> described,
		Map<Long, Map<Long, Integer>> counts, Map<Long, List<EvidenceService.SharedFile>> files,
		GlossaryService.Analysis acronyms, boolean mentored, List<GoalView> goals, Optional<PksbService.Ending> pksb,
		Optional<CpdProgress> cpd, Optional<SignOffService.SignOffStatus> signOff) {

	List<SectionView> sections() {
		return this.read.portfolio().sections();
	}

	List<EvidenceSummary> items() {
		return this.described.stream().map(EvidenceReading.DescribedItem::item).toList();
	}

	/** A page of this portfolio. */
	Route route(String template, Object... ids) {
		Object[] variables = new Object[ids.length + 1];
		variables[0] = this.portfolioId;
		System.arraycopy(ids, 0, variables, 1, ids.length);
		return new Route(template, variables);
	}

	/** Live items cited by the statement, with how often. */
	Map<Long, Integer> liveCitations(long sectionId) {
		Set<Long> live = items().stream().map(EvidenceSummary::id).collect(Collectors.toSet());
		return this.counts.getOrDefault(sectionId, Map.of())
			.entrySet()
			.stream()
			.filter((entry) -> live.contains(entry.getKey()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The live items the sections cite. */
	Set<Long> citedBy(List<SectionView> sections) {
		Set<Long> cited = new LinkedHashSet<>();
		for (SectionView section : sections) {
			cited.addAll(liveCitations(section.id()).keySet());
		}
		return cited;
	}

}
