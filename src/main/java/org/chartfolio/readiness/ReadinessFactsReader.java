package org.chartfolio.readiness;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.cpd.CpdService;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceSharing;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.signoff.SignOffReading;
import org.chartfolio.writing.WritingService;

import org.springframework.stereotype.Component;

/**
 * Reads the facts of {@link ReadinessFacts} through the other modules' public services,
 * in a fixed number of queries however much the portfolio holds. The caller has checked
 * that the portfolio may be read and holds the transaction.
 */
@Component
@RequiredArgsConstructor
class ReadinessFactsReader {

	private final PortfolioWriting writing;

	private final WritingService texts;

	private final EvidenceReading evidence;

	private final EvidenceSharing files;

	private final GlossaryService glossary;

	private final PortfolioMemberships memberships;

	private final PlanService plan;

	private final PksbService pksb;

	private final CpdService cpd;

	private final SignOffReading signOffs;

	ReadinessFacts read(SignedInUser user, PortfolioRef portfolio) {
		long id = portfolio.id();
		PortfolioWriting.Read read = this.writing.read(user, id);
		List<SectionView> sections = read.portfolio().sections();
		List<EvidenceReading.DescribedItem> described = this.evidence.listDescribed(user, id);
		var counts = this.texts.citationCounts(user, id);
		var files = this.files.filesOfLiveItems(user, id);
		GlossaryService.Analysis acronyms = this.glossary.analyse(read, id);
		boolean mentored = this.memberships.withActiveMentor(Set.of(id)).contains(id);
		var goals = this.plan.goals(user, id);
		// Only a route with a PKSB section has snapshots to take.
		Optional<PksbService.Ending> ending = sections.stream().anyMatch((s) -> s.kind() == SectionKind.PKSB)
				? Optional.of(this.pksb.ending(user, id)) : Optional.empty();
		var progress = this.cpd.progress(user, id);
		var signOff = this.signOffs.status(user, id, sections.stream().map(SectionView::kind).toList());
		return new ReadinessFacts(id, read, described, counts, files, acronyms, mentored, goals, ending, progress,
				signOff);
	}

}
