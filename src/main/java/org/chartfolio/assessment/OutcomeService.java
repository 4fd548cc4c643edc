package org.chartfolio.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioTransfer;
import org.chartfolio.portfolio.PortfolioTransfer.SubmittedCopy;
import org.chartfolio.portfolio.Standing;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;
import org.chartfolio.writing.TextChanges;
import org.chartfolio.writing.TextChanges.SectionComparison;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's outcome on a submitted copy, recorded by the candidate alone, and the
 * resubmission it may start. A copy is a resubmission when it was frozen from the same
 * live portfolio after a copy whose outcome is "further information requested": the
 * latest such copy before it is the earlier submission it answers, and what changed since
 * is read from the two copies themselves.
 */
@Service
@RequiredArgsConstructor
public class OutcomeService {

	private final SubmissionOutcomes outcomes;

	private final PortfolioAccess access;

	private final PortfolioTransfer portfolios;

	private final TextChanges writing;

	private final EvidenceReading evidence;

	private final Clock clock;

	/**
	 * An outcome as pages show it: the result's message key, the day of an award, the
	 * panel's words.
	 */
	public record OutcomeView(String resultKey, LocalDate awardedOn, String details, boolean furtherInformation) {
	}

	/** A submitted copy as the outcome page and the changes page name it. */
	record CopyRef(long id, String title, LocalDate submittedOn) {
	}

	/**
	 * The outcome page of a copy: its outcome so far (null until recorded) and version,
	 * the copy it resubmits (null when it is a first submission), and the live portfolio
	 * to resubmit from (null when that is gone).
	 */
	record OutcomePage(PortfolioRef portfolio, LocalDate submittedOn, OutcomeView outcome, Long version,
			CopyRef resubmissionOf, Long livePortfolioId, CopyRef resubmittedAs) {
	}

	record EvidenceChange(int number, String title) {
	}

	/** What changed between the earlier submission and this resubmission. */
	record Changes(PortfolioRef portfolio, LocalDate submittedOn, CopyRef earlier, OutcomeView request,
			List<SectionComparison> sections, List<EvidenceChange> added, List<EvidenceChange> removed) {
	}

	/**
	 * The outcomes of these portfolios, by id: those that have one. For the home page.
	 */
	@Transactional(readOnly = true)
	public Map<Long, OutcomeView> outcomesOf(Collection<Long> portfolioIds) {
		if (portfolioIds.isEmpty()) {
			return Map.of();
		}
		return this.outcomes.findByPortfolioIdIn(portfolioIds)
			.stream()
			.collect(Collectors.toMap(SubmissionOutcome::getPortfolioId, OutcomeService::view));
	}

	@Transactional(readOnly = true)
	OutcomePage page(SignedInUser user, long portfolioId) {
		Standing standing = copy(user, portfolioId);
		Optional<SubmissionOutcome> outcome = this.outcomes.findById(portfolioId);
		Optional<Long> live = this.portfolios.submittedFrom(portfolioId);
		List<SubmittedCopy> copies = live.map(this.portfolios::submittedCopiesOf).orElse(List.of());
		Map<Long, SubmissionOutcome> all = byId(copies);
		CopyRef earlier = earlierOf(portfolioId, copies, all).map(this::ref).orElse(null);
		CopyRef later = copies.stream()
			.filter((copy) -> earlierOf(copy.id(), copies, all).map(SubmittedCopy::id).orElse(-1L) == portfolioId)
			.reduce((newer, older) -> older)
			.map(this::ref)
			.orElse(null);
		return new OutcomePage(standing.portfolio(), standing.submittedOn(),
				outcome.map(OutcomeService::view).orElse(null), outcome.map(SubmissionOutcome::getVersion).orElse(null),
				earlier, live.orElse(null), later);
	}

	/**
	 * Records the panel's result on the copy. {@code version} is the outcome's version
	 * the form was opened with (null when there was none): a result recorded since then
	 * is not overwritten.
	 */
	@Transactional
	void record(SignedInUser user, long portfolioId, OutcomeResult result, LocalDate awardedOn, String details,
			Long version) {
		copy(user, portfolioId);
		if (result == null) {
			throw new FieldProblem("result", "outcome.result.required");
		}
		if (result == OutcomeResult.AWARDED && awardedOn == null) {
			throw new FieldProblem("awardedOn", "outcome.awardedOn.required");
		}
		if (result == OutcomeResult.AWARDED && awardedOn.isAfter(LocalDate.now(this.clock))) {
			throw new FieldProblem("awardedOn", "outcome.awardedOn.future");
		}
		if (result != OutcomeResult.AWARDED && (details == null || details.isBlank())) {
			throw new FieldProblem("details", (result == OutcomeResult.FURTHER_INFORMATION)
					? "outcome.details.request.required" : "outcome.details.feedback.required");
		}
		if (details != null && details.length() > SubmissionOutcome.MAX_DETAILS_LENGTH) {
			throw new FieldProblem("details", "outcome.details.tooLong");
		}
		Optional<SubmissionOutcome> existing = this.outcomes.findById(portfolioId);
		long current = existing.map(SubmissionOutcome::getVersion).orElse(-1L);
		if (existing.isPresent() != (version != null) || (version != null && version != current)) {
			throw new StaleEditException(current);
		}
		SubmissionOutcome outcome = existing.orElseGet(() -> new SubmissionOutcome(portfolioId));
		outcome.record(result, awardedOn, details, this.clock.instant());
		this.outcomes.save(outcome);
	}

	/**
	 * What changed since the submission this copy answers; not found for a copy that
	 * answers none.
	 */
	@Transactional(readOnly = true)
	Changes changes(SignedInUser user, long portfolioId) {
		Standing standing = copy(user, portfolioId);
		List<SubmittedCopy> copies = this.portfolios.submittedFrom(portfolioId)
			.map(this.portfolios::submittedCopiesOf)
			.orElse(List.of());
		Map<Long, SubmissionOutcome> all = byId(copies);
		SubmittedCopy earlier = earlierOf(portfolioId, copies, all)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		this.access.owned(user, earlier.id());
		List<SectionComparison> sections = this.writing.compare(user, earlier.id(), portfolioId);
		Map<Integer, EvidenceSummary> before = numbered(this.evidence.list(user, earlier.id()));
		Map<Integer, EvidenceSummary> now = numbered(this.evidence.list(user, portfolioId));
		List<EvidenceChange> added = now.values()
			.stream()
			.filter((item) -> !before.containsKey(item.number()))
			.map((item) -> new EvidenceChange(item.number(), item.title()))
			.toList();
		List<EvidenceChange> removed = before.values()
			.stream()
			.filter((item) -> !now.containsKey(item.number()))
			.map((item) -> new EvidenceChange(item.number(), item.title()))
			.toList();
		return new Changes(standing.portfolio(), standing.submittedOn(), ref(earlier), view(all.get(earlier.id())),
				sections, added, removed);
	}

	/**
	 * The latest copy frozen before this one whose outcome asked for further information.
	 */
	private static Optional<SubmittedCopy> earlierOf(long copyId, List<SubmittedCopy> copies,
			Map<Long, SubmissionOutcome> outcomes) {
		SubmittedCopy self = copies.stream().filter((copy) -> copy.id() == copyId).findFirst().orElse(null);
		if (self == null) {
			return Optional.empty();
		}
		return copies.stream()
			.filter((copy) -> copy.submittedAt().isBefore(self.submittedAt())
					|| (copy.submittedAt().equals(self.submittedAt()) && copy.id() < self.id()))
			.filter((copy) -> outcomes.containsKey(copy.id())
					&& outcomes.get(copy.id()).getResult() == OutcomeResult.FURTHER_INFORMATION)
			.max(Comparator.comparing(SubmittedCopy::submittedAt).thenComparing(SubmittedCopy::id));
	}

	private Map<Long, SubmissionOutcome> byId(List<SubmittedCopy> copies) {
		Set<Long> ids = copies.stream().map(SubmittedCopy::id).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.outcomes.findByPortfolioIdIn(ids)
			.stream()
			.collect(Collectors.toMap(SubmissionOutcome::getPortfolioId, Function.identity()));
	}

	private static Map<Integer, EvidenceSummary> numbered(List<EvidenceSummary> items) {
		return items.stream()
			.collect(Collectors.toMap(EvidenceSummary::number, Function.identity(), (a, b) -> a,
					java.util.TreeMap::new));
	}

	/**
	 * The candidate's own submitted copy; anybody else, or a live portfolio, gets not
	 * found.
	 */
	private Standing copy(SignedInUser user, long portfolioId) {
		this.access.owned(user, portfolioId);
		Standing standing = this.access.standing(user, portfolioId);
		if (standing.submittedOn() == null) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		return standing;
	}

	private CopyRef ref(SubmittedCopy copy) {
		return new CopyRef(copy.id(), copy.title(), LocalDate.ofInstant(copy.submittedAt(), this.clock.getZone()));
	}

	private static OutcomeView view(SubmissionOutcome outcome) {
		return new OutcomeView(outcome.getResult().messageKey(), outcome.getAwardedOn(), outcome.getDetails(),
				outcome.getResult() == OutcomeResult.FURTHER_INFORMATION);
	}

}
