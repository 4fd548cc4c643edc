package org.chartfolio.evidence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService.EvidenceDetails;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.system.Bin;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the portfolio's evidence: adding, capturing, editing, renumbering, the
 * bin. Each in its own transaction, after checking that the person may write the
 * portfolio; files are kept in the item's transaction.
 */
@Service
@RequiredArgsConstructor
class EvidenceEditing {

	private final EvidenceItems items;

	private final EvidenceFiles files;

	private final EvidenceNumbering numbering;

	private final FileIntake intake;

	private final PortfolioAccess access;

	private final Clock clock;

	@Transactional
	EvidenceSummary create(SignedInUser user, long portfolioId, EvidenceDetails details, List<Upload> uploads) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Instant now = this.clock.instant();
		EvidenceItem item = new EvidenceItem(portfolio.id(), nextFreeNumber(portfolio.id()), details.title(),
				details.kind(), now);
		item.describe(details, now);
		EvidenceItem saved = this.items.save(item);
		keepFiles(saved, uploads, now);
		return saved.toSummary();
	}

	/**
	 * One title and a file or a note, from the quick capture form on any portfolio page.
	 */
	@Transactional
	EvidenceSummary capture(SignedInUser user, long portfolioId, String title, String note, Upload upload) {
		boolean hasFile = upload != null && !upload.isEmpty();
		EvidenceKind kind = EvidenceKind.NOTE;
		if (hasFile) {
			kind = EvidenceKind.DOCUMENT;
		}
		EvidenceSummary summary = create(user, portfolioId,
				new EvidenceDetails(title, kind, null, note, null, null, Set.of()),
				hasFile ? List.of(upload) : List.of());
		if (hasFile && this.files.viewsOf(List.of(summary.id())).stream().allMatch(EvidenceFileView::isImage)) {
			EvidenceItem item = this.items.findById(summary.id()).orElseThrow();
			item.describe(new EvidenceDetails(item.getTitle(), EvidenceKind.PHOTO, null, item.getDescription(), "",
					null, Set.of()), this.clock.instant());
			return item.toSummary();
		}
		return summary;
	}

	/**
	 * Saves the edit form. {@code expectedVersion} is the version the form was opened at:
	 * if the item was saved since, nothing is changed and {@link StaleEditException} says
	 * so.
	 */
	@Transactional
	EvidenceSummary update(SignedInUser user, long portfolioId, int number, long expectedVersion,
			EvidenceDetails details, Integer newNumber, List<Upload> uploads) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		EvidenceItem item = this.items.findLiveByNumber(portfolio.id(), number)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		item.requireVersion(expectedVersion);
		Instant now = this.clock.instant();
		if (newNumber != null && newNumber != item.getNumber()) {
			if (newNumber < 1) {
				throw new FieldProblem("number", "evidence.number.invalid");
			}
			if (this.items.numberTaken(portfolio.id(), newNumber)) {
				throw new FieldProblem("number", "evidence.number.taken", "E" + newNumber);
			}
			item.renumber(newNumber, now);
		}
		item.describe(details, now);
		keepFiles(item, uploads, now);
		return item.toSummary();
	}

	@Transactional
	EvidenceSummary moveToBin(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		EvidenceItem item = this.items.findLiveByNumber(portfolio.id(), number)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		item.moveToBin(this.clock.instant());
		return item.toSummary();
	}

	/**
	 * Takes an item out of the bin with the number it had; refused once it has been there
	 * {@link Bin#KEEPS}.
	 */
	@Transactional
	EvidenceSummary restore(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Instant now = this.clock.instant();
		EvidenceItem item = this.items.findBinnedSince(portfolio.id(), number, now.minus(Bin.KEEPS))
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		item.restore(now);
		return item.toSummary();
	}

	private void keepFiles(EvidenceItem item, List<Upload> uploads, Instant now) {
		for (Upload upload : uploads) {
			if (upload != null && !upload.isEmpty()) {
				this.files.save(new EvidenceFile(item.getId(), this.intake.keep(upload), now));
			}
		}
	}

	/**
	 * The next number from the counter that no item has: a candidate may have renumbered
	 * an item to a number the counter has not reached yet.
	 */
	private int nextFreeNumber(long portfolioId) {
		int number = this.numbering.next(portfolioId);
		while (this.items.numberTaken(portfolioId, number)) {
			number = this.numbering.next(portfolioId);
		}
		return number;
	}

}
