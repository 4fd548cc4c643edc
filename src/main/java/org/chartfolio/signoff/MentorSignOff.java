package org.chartfolio.signoff;

import java.time.Clock;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;

import org.springframework.stereotype.Component;

/**
 * The active mentor's statement or letter: saved, signed (dated and locked) and reopened,
 * each change kept as a revision. {@link SignOffService} has checked that the person is
 * the portfolio's active mentor and may change it, and holds the transaction.
 */
@Component
@RequiredArgsConstructor
class MentorSignOff {

	private final SignOffDocuments documents;

	private final SignOffRevisions revisions;

	private final PortfolioService portfolios;

	private final Clock clock;

	/**
	 * @param version the document's version the form was opened at; null when there was
	 * none yet
	 */
	void save(SignedInUser mentor, long portfolioId, String text, String role, Long version) {
		SignOffDocument document = document(mentor, portfolioId, version);
		String checked = SignOffDocument.checkedText(text);
		String checkedRole = SignOffDocument.checkedRole(role, false);
		boolean changed = !checked.equals(document.getText());
		document.write(mentor, checked, checkedRole, this.clock.instant());
		this.documents.save(document);
		if (changed) {
			revision(document, mentor, null);
		}
	}

	void sign(SignedInUser mentor, long portfolioId, String text, String role, Long version) {
		SignOffDocument document = document(mentor, portfolioId, version);
		String checked = SignOffDocument.checkedText(text);
		if (checked.isBlank()) {
			throw new FieldProblem("text", "signoff.text.required");
		}
		document.write(mentor, checked, SignOffDocument.checkedRole(role, false), this.clock.instant());
		document.sign(this.clock.instant());
		this.documents.save(document);
		revision(document, mentor, SignOffRevision.SIGNED);
	}

	void reopen(SignedInUser mentor, long portfolioId, Long version) {
		SignOffDocument document = document(mentor, portfolioId, version);
		document.reopen(mentor, this.clock.instant());
		this.documents.save(document);
		revision(document, mentor, SignOffRevision.REOPENED);
	}

	/**
	 * The mentor's document at the version the form was opened at, begun if there is none
	 * yet.
	 */
	private SignOffDocument document(SignedInUser mentor, long portfolioId, Long version) {
		SignOffService.signOffKind(this.portfolios.view(mentor, portfolioId))
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		Optional<SignOffDocument> existing = this.documents.findByPortfolioIdAndAuthorAndImportedFalse(portfolioId,
				SignOffDocument.Author.MENTOR);
		if (existing.isEmpty()) {
			if (version != null) {
				throw new StaleEditException(0);
			}
			return this.documents
				.save(SignOffDocument.mentors(portfolioId, mentor.id(), mentor.getDisplayName(), this.clock.instant()));
		}
		SignOffDocument document = existing.get();
		document.requireVersion(version);
		return document;
	}

	private void revision(SignOffDocument document, SignedInUser user, String note) {
		int next = this.revisions.lastNumber(document.getId()) + 1;
		this.revisions.save(new SignOffRevision(document.getId(), next, String.valueOf(document.getText()),
				this.clock.instant(), user.getDisplayName(), note));
	}

}
