package org.chartfolio.signoff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.Standing;
import org.chartfolio.signoff.SignOffService.DocumentView;
import org.chartfolio.signoff.SignOffService.InvitationView;
import org.chartfolio.signoff.SignOffService.LetterFile;
import org.chartfolio.signoff.SignOffService.RevisionView;
import org.chartfolio.signoff.SignOffService.SignOffPage;
import org.chartfolio.signoff.SignOffService.SignOffStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-off documents as they are read, each read in one transaction after checking
 * that the person may read the portfolio: the sign-off page (what the mentor, the
 * candidate and the supporter's invitations stand at), readiness's status, the documents
 * the PDF prints and an uploaded letter's file. The records they answer with are
 * {@link SignOffService}'s, which makes the changes.
 */
@Service
@RequiredArgsConstructor
public class SignOffReading {

	private final SignOffDocuments documents;

	private final SignOffRevisions revisions;

	private final SupporterInvitations invitations;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final PortfolioMemberships memberships;

	private final Clock clock;

	/** The sign-off page, for whoever reads the portfolio. */
	@Transactional(readOnly = true)
	public SignOffPage page(SignedInUser user, long portfolioId) {
		Standing standing = this.access.standing(user, portfolioId);
		PortfolioView view = this.portfolios.view(user, portfolioId);
		SectionKind kind = SignOffService.signOffKind(view)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		boolean mentored = this.memberships.withActiveMentor(List.of(portfolioId)).contains(portfolioId);
		List<SignOffDocument> all = this.documents.findByPortfolioIdOrderById(portfolioId);
		SignOffDocument mentors = live(all, SignOffDocument.Author.MENTOR);
		SignOffDocument supporters = live(all, SignOffDocument.Author.SUPPORTER);
		List<RevisionView> history = (mentors == null) ? List.of() : this.revisions
			.findByDocumentIdOrderByNumberDesc(mentors.getId())
			.stream()
			.map((r) -> new RevisionView(r.getNumber(), r.getText(), r.getSavedAt(), r.getSavedByName(), r.getNote()))
			.toList();
		List<InvitationView> invited = (kind == SectionKind.LETTERS_OF_SUPPORT && standing.candidate())
				? this.invitations.findByPortfolioIdOrderByCreatedAtDesc(portfolioId).stream().map(this::view).toList()
				: List.of();
		List<DocumentView> imported = all.stream()
			.filter(SignOffDocument::isImported)
			.map(SignOffReading::view)
			.toList();
		return new SignOffPage(view.summary(), kind, mentored, standing.mentor() && standing.changeable(),
				kind == SectionKind.LETTERS_OF_SUPPORT && standing.writable(), (mentors != null) ? view(mentors) : null,
				history, (supporters != null) ? view(supporters) : null, invited, imported);
	}

	/**
	 * What readiness needs: which sign-offs the route asks for and whether each is
	 * signed. Empty for a route without sign-off documents (Revalidation).
	 */
	@Transactional(readOnly = true)
	public Optional<SignOffStatus> status(SignedInUser user, long portfolioId, List<SectionKind> sectionKinds) {
		this.access.readable(user, portfolioId);
		Optional<SectionKind> kind = sectionKinds.stream().filter(SectionKind::isSignOff).findFirst();
		if (kind.isEmpty()) {
			return Optional.empty();
		}
		boolean mentored = this.memberships.withActiveMentor(List.of(portfolioId)).contains(portfolioId);
		List<SignOffDocument> all = this.documents.findByPortfolioIdOrderById(portfolioId);
		SignOffDocument mentors = live(all, SignOffDocument.Author.MENTOR);
		SignOffDocument supporters = live(all, SignOffDocument.Author.SUPPORTER);
		return Optional.of(new SignOffStatus(kind.get(), mentored, mentors != null && mentors.isSigned(),
				supporters != null && supporters.isSigned()));
	}

	/**
	 * The documents as the submission PDF prints them: signed ones and history, in order.
	 */
	@Transactional(readOnly = true)
	public List<DocumentView> forExport(SignedInUser user, long portfolioId) {
		this.access.readable(user, portfolioId);
		return this.documents.findByPortfolioIdOrderById(portfolioId).stream().map(SignOffReading::view).toList();
	}

	/** An uploaded letter's file, for whoever reads the portfolio. */
	@Transactional(readOnly = true)
	public LetterFile letterFile(SignedInUser user, long portfolioId, long documentId) {
		this.access.readable(user, portfolioId);
		SignOffDocument document = this.documents.findByIdAndPortfolioId(documentId, portfolioId)
			.filter((d) -> d.getFileContent() != null)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return new LetterFile(document.getFileName(), document.getFileType(), document.getFileContent());
	}

	private static SignOffDocument live(List<SignOffDocument> all, SignOffDocument.Author author) {
		return all.stream().filter((d) -> !d.isImported() && d.getAuthor() == author).findFirst().orElse(null);
	}

	static DocumentView view(SignOffDocument d) {
		return new DocumentView(d.getId(), d.getAuthor().name(), d.getAuthorName(), d.getAuthorRole(), d.getText(),
				d.getFileName(), d.getSignedAt(), d.getUpdatedAt(), d.isImported(), d.getVersion());
	}

	private InvitationView view(SupporterInvitation i) {
		return new InvitationView(i.getId(), i.getSupporterName(), i.getEmail(), i.getCreatedAt(), i.getExpiresAt(),
				i.getWithdrawnAt(), i.getUsedAt(), i.isOpen(this.clock.instant()));
	}

}
