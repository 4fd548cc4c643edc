package org.chartfolio.dashboard;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.access.MentorSearch;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.dashboard.DashboardService.FirstSteps;
import org.chartfolio.dashboard.DashboardService.Step;
import org.chartfolio.directory.DirectoryService;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.writing.WritingProgress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's first steps on the overview (evidence, a mentor, the PKSB, a target
 * date, some words), shown until all are done or the candidate hides them. Changes when a
 * step is added.
 */
@Service
@RequiredArgsConstructor
class FirstStepsGuide {

	private final MentorSearch mentorSearch;

	private final DirectoryService directory;

	private final PksbService pksb;

	private final FirstStepsDismissals dismissals;

	private final PortfolioAccess access;

	private final Clock clock;

	/**
	 * The steps, or null when all are done or hidden; read within the overview's
	 * transaction.
	 */
	FirstSteps of(SignedInUser user, PortfolioView portfolio, WritingProgress.Figures words, long evidenceCount) {
		long id = portfolio.id();
		if (this.dismissals.existsById(id)) {
			return null;
		}
		SectionView firstStatement = portfolio.sections()
			.stream()
			.filter(SectionView::isStatement)
			.findFirst()
			.orElse(portfolio.sections().stream().filter((s) -> s.kind().isWritten()).findFirst().orElse(null));
		boolean written = portfolio.sections()
			.stream()
			.filter((section) -> section.kind().isWritten())
			.anyMatch((section) -> words.wordsOf(section.id()) > 0);
		String base = "/portfolios/" + id;
		List<Step> steps = List.of(new Step("evidence", evidenceCount > 0, base + "/evidence/new"),
				new Step("mentor",
						this.mentorSearch.foundOrInvited(user, id) || this.directory.mentorRequested(user, id),
						base + "/people"),
				new Step("pksb", this.pksb.rated(user, id), base + "/pksb"),
				new Step("target", portfolio.summary().targetDate() != null, base + "/details/edit"),
				new Step("write", written,
						(firstStatement != null) ? base + "/sections/" + firstStatement.id() + "/edit" : base));
		boolean allDone = steps.stream().allMatch(Step::done);
		return allDone ? null : new FirstSteps(steps);
	}

	/**
	 * Hides the first steps of the candidate's portfolio; hiding them again changes
	 * nothing.
	 */
	@Transactional
	void dismiss(SignedInUser user, long portfolioId) {
		long id = this.access.writable(user, portfolioId).id();
		if (!this.dismissals.existsById(id)) {
			this.dismissals.save(new FirstStepsDismissal(id, this.clock.instant()));
		}
	}

}
