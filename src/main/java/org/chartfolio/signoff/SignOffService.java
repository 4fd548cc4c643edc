package org.chartfolio.signoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.Standing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The sign-off documents of a portfolio, as its route asks for them (a section of kind
 * {@link SectionKind#MENTOR_STATEMENT} or {@link SectionKind#LETTERS_OF_SUPPORT}): the
 * active mentor writes, signs and reopens their statement or letter; the candidate reads
 * it and, for Fellowship, invites a supporter by a single-use link; the supporter submits
 * a letter through it. This service checks who may change what and holds the transactions
 * of the changes; {@link SignOffReading} reads the documents for the page, readiness and
 * the PDF, {@link MentorSignOff} keeps the mentor's document and its revisions, and
 * {@link SupporterLinks} the supporter's link and letter.
 */
@Service
@RequiredArgsConstructor
public class SignOffService {

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final MentorSignOff mentors;

	private final SupporterLinks links;

	/** The largest letter a supporter may upload. */
	public long maxLetterBytes() {
		return this.links.maxLetterSize().toBytes();
	}

	// What pages show

	/** A document as pages, the PDF and readiness read it. */
	public record DocumentView(long id, String author, String authorName, String authorRole, String text,
			String fileName, Instant signedAt, Instant updatedAt, boolean imported, long version) {

		public boolean signed() {
			return this.signedAt != null;
		}

		public boolean mentors() {
			return "MENTOR".equals(this.author);
		}

		public boolean hasFile() {
			return this.fileName != null;
		}

	}

	public record RevisionView(int number, String text, Instant savedAt, String savedByName, String note) {
	}

	public record InvitationView(long id, String supporterName, String email, Instant createdAt, Instant expiresAt,
			Instant withdrawnAt, Instant usedAt, boolean open) {
	}

	/**
	 * The sign-off page. {@code kind} is the route's sign-off section; {@code mentored}
	 * whether there is an active mentor; {@code mentorDocument} and
	 * {@code supporterLetter} are null until written.
	 */
	public record SignOffPage(PortfolioSummary portfolio, SectionKind kind, boolean mentored, boolean mentorWrites,
			boolean candidateInvites, DocumentView mentorDocument, List<RevisionView> revisions,
			DocumentView supporterLetter, List<InvitationView> invitations, List<DocumentView> imported) {

		public boolean letters() {
			return this.kind == SectionKind.LETTERS_OF_SUPPORT;
		}

		public boolean inviting() {
			return this.invitations.stream().anyMatch(InvitationView::open);
		}

	}

	/**
	 * What readiness needs: which sign-offs the route asks for and whether each is
	 * signed.
	 */
	public record SignOffStatus(SectionKind kind, boolean mentored, boolean mentorSigned, boolean supporterSubmitted) {

		/**
		 * Whether the sign-off documents are complete; a mentor's are needed only when
		 * there is a mentor.
		 */
		public boolean complete() {
			boolean mentorDone = !this.mentored || this.mentorSigned;
			return (this.kind == SectionKind.LETTERS_OF_SUPPORT) ? mentorDone && this.supporterSubmitted : mentorDone;
		}

	}

	/** An uploaded letter's file, for whoever reads the portfolio. */
	public record LetterFile(String name, String contentType, byte[] content) {
	}

	// The mentor's statement or letter

	/**
	 * The active mentor saves their text (and, optionally, their role as it is printed
	 * under it).
	 * @param version the document's version the form was opened at; null when there was
	 * none yet
	 */
	@Transactional
	public void save(SignedInUser user, long portfolioId, String text, String role, Long version) {
		mentorOnly(user, portfolioId);
		this.mentors.save(user, portfolioId, text, role, version);
	}

	/**
	 * The active mentor saves and signs: the text is dated and locked until they reopen
	 * it.
	 */
	@Transactional
	public void sign(SignedInUser user, long portfolioId, String text, String role, Long version) {
		mentorOnly(user, portfolioId);
		this.mentors.sign(user, portfolioId, text, role, version);
	}

	/** The active mentor reopens what they signed; the candidate cannot. */
	@Transactional
	public void reopen(SignedInUser user, long portfolioId, Long version) {
		mentorOnly(user, portfolioId);
		this.mentors.reopen(user, portfolioId, version);
	}

	private void mentorOnly(SignedInUser user, long portfolioId) {
		Standing standing = this.access.standing(user, portfolioId);
		this.access.changeable(user, portfolioId);
		if (!standing.mentor()) {
			throw new SignOffRefusedException("signoff.refused.mentorOnly");
		}
	}

	// The supporter's link

	/** The link to give the supporter, shown once: only its hash is kept. */
	public record IssuedLink(long invitationId, String token) {
	}

	/**
	 * The candidate invites a supporter (Fellowship); one open invitation at a time, and
	 * none once a letter is in.
	 */
	@Transactional
	public IssuedLink invite(SignedInUser user, long portfolioId, String supporterName, String email) {
		var portfolio = this.access.writable(user, portfolioId);
		PortfolioView view = this.portfolios.view(user, portfolioId);
		if (signOffKind(view).filter((k) -> k == SectionKind.LETTERS_OF_SUPPORT).isEmpty()) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		return this.links.invite(user, portfolio, supporterName, email);
	}

	/** The candidate withdraws an invitation; its link stops working. */
	@Transactional
	public void withdraw(SignedInUser user, long portfolioId, long invitationId) {
		this.access.writable(user, portfolioId);
		this.links.withdraw(portfolioId, invitationId);
	}

	/** What the supporter's page shows: who asked, for what, until when. */
	public record Offer(String candidateName, String portfolioTitle, String supporterName, Instant expiresAt,
			DataSize maxLetterSize) {
	}

	/** For whoever holds a usable link. */
	@Transactional(readOnly = true)
	public Offer offer(String token) {
		return this.links.offer(token);
	}

	/**
	 * A letter as the supporter submits it: written, or uploaded (PDF or text), with
	 * their name and role.
	 */
	public record Letter(String name, String role, String text, String fileName, byte[] file) {
	}

	/**
	 * The supporter submits their letter: it is signed and locked, and the link is spent.
	 */
	@Transactional
	public void submit(String token, Letter letter) {
		this.links.submit(token, letter);
	}

	static Optional<SectionKind> signOffKind(PortfolioView view) {
		return view.sections().stream().map((s) -> s.kind()).filter(SectionKind::isSignOff).findFirst();
	}

}
