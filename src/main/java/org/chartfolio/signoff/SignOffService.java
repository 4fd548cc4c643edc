package org.chartfolio.signoff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.Standing;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The sign-off documents of a portfolio, as its route asks for them (a section of kind
 * {@link SectionKind#MENTOR_STATEMENT} or {@link SectionKind#LETTERS_OF_SUPPORT}): the active mentor
 * writes, signs and reopens their statement or letter; the candidate reads it and, for Fellowship,
 * invites a supporter by a single-use link; the supporter submits a letter through it.
 */
@Service
public class SignOffService {

	/** The types a supporter may upload, detected from the content. */
	static final List<String> LETTER_TYPES = List.of("application/pdf", "text/plain");

	private final SignOffDocuments documents;

	private final SignOffRevisions revisions;

	private final SupporterInvitations invitations;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final PortfolioMemberships memberships;

	private final Clock clock;

	private final DataSize maxLetterSize;

	private final SecureRandom random = new SecureRandom();

	private final Tika tika = new Tika();

	SignOffService(SignOffDocuments documents, SignOffRevisions revisions, SupporterInvitations invitations,
			PortfolioAccess access, PortfolioService portfolios, PortfolioMemberships memberships, Clock clock,
			@Value("${chartfolio.signoff.max-letter-size:5MB}") DataSize maxLetterSize) {
		this.documents = documents;
		this.revisions = revisions;
		this.invitations = invitations;
		this.access = access;
		this.portfolios = portfolios;
		this.memberships = memberships;
		this.clock = clock;
		this.maxLetterSize = maxLetterSize;
	}

	/** The largest letter a supporter may upload. */
	public long maxLetterBytes() {
		return this.maxLetterSize.toBytes();
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
	 * The sign-off page. {@code kind} is the route's sign-off section; {@code mentored} whether there is
	 * an active mentor; {@code mentorDocument} and {@code supporterLetter} are null until written.
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

	@Transactional(readOnly = true)
	public SignOffPage page(SignedInUser user, long portfolioId) {
		Standing standing = this.access.standing(user, portfolioId);
		PortfolioView view = this.portfolios.view(user, portfolioId);
		SectionKind kind = signOffKind(view).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		boolean mentored = this.memberships.withActiveMentor(List.of(portfolioId)).contains(portfolioId);
		List<SignOffDocument> all = this.documents.findByPortfolioIdOrderById(portfolioId);
		SignOffDocument mentors = live(all, SignOffDocument.Author.MENTOR);
		SignOffDocument supporters = live(all, SignOffDocument.Author.SUPPORTER);
		List<RevisionView> history = (mentors == null) ? List.of()
				: this.revisions.findByDocumentIdOrderByNumberDesc(mentors.getId())
					.stream()
					.map((r) -> new RevisionView(r.getNumber(), r.getText(), r.getSavedAt(), r.getSavedByName(),
							r.getNote()))
					.toList();
		List<InvitationView> invited = (kind == SectionKind.LETTERS_OF_SUPPORT && standing.candidate())
				? this.invitations.findByPortfolioIdOrderByCreatedAtDesc(portfolioId).stream().map(this::view).toList()
				: List.of();
		List<DocumentView> imported = all.stream().filter(SignOffDocument::isImported).map(SignOffService::view).toList();
		return new SignOffPage(view.summary(), kind, mentored, standing.mentor() && standing.changeable(),
				kind == SectionKind.LETTERS_OF_SUPPORT && standing.writable(),
				(mentors != null) ? view(mentors) : null, history, (supporters != null) ? view(supporters) : null,
				invited, imported);
	}

	/** What readiness needs: which sign-offs the route asks for and whether each is signed. */
	public record SignOffStatus(SectionKind kind, boolean mentored, boolean mentorSigned, boolean supporterSubmitted) {

		/** Whether the sign-off documents are complete; a mentor's are needed only when there is a mentor. */
		public boolean complete() {
			boolean mentorDone = !this.mentored || this.mentorSigned;
			return (this.kind == SectionKind.LETTERS_OF_SUPPORT) ? mentorDone && this.supporterSubmitted : mentorDone;
		}

	}

	/** Empty for a route without sign-off documents (Revalidation). */
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

	/** The documents as the submission PDF prints them: signed ones and history, in order. */
	@Transactional(readOnly = true)
	public List<DocumentView> forExport(SignedInUser user, long portfolioId) {
		this.access.readable(user, portfolioId);
		return this.documents.findByPortfolioIdOrderById(portfolioId).stream().map(SignOffService::view).toList();
	}

	/** An uploaded letter's file, for whoever reads the portfolio. */
	public record LetterFile(String name, String contentType, byte[] content) {
	}

	@Transactional(readOnly = true)
	public LetterFile letterFile(SignedInUser user, long portfolioId, long documentId) {
		this.access.readable(user, portfolioId);
		SignOffDocument document = this.documents.findByIdAndPortfolioId(documentId, portfolioId)
			.filter((d) -> d.getFileContent() != null)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return new LetterFile(document.getFileName(), document.getFileType(), document.getFileContent());
	}

	// The mentor's statement or letter

	/**
	 * The active mentor saves their text (and, optionally, their role as it is printed under it).
	 * @param version the document's version the form was opened at; null when there was none yet
	 */
	@Transactional
	public void save(SignedInUser user, long portfolioId, String text, String role, Long version) {
		SignOffDocument document = mentorsDocument(user, portfolioId, version);
		String checked = checkedText(text);
		String checkedRole = checkedRole(role, false);
		boolean changed = !checked.equals(document.getText());
		document.write(user.id(), user.getDisplayName(), checked, checkedRole, this.clock.instant());
		this.documents.save(document);
		if (changed) {
			revision(document, user, null);
		}
	}

	/** The active mentor saves and signs: the text is dated and locked until they reopen it. */
	@Transactional
	public void sign(SignedInUser user, long portfolioId, String text, String role, Long version) {
		SignOffDocument document = mentorsDocument(user, portfolioId, version);
		String checked = checkedText(text);
		if (checked.isBlank()) {
			throw new FieldProblem("text", "signoff.text.required");
		}
		document.write(user.id(), user.getDisplayName(), checked, checkedRole(role, false), this.clock.instant());
		document.sign(this.clock.instant());
		this.documents.save(document);
		revision(document, user, SignOffRevision.SIGNED);
	}

	/** The active mentor reopens what they signed; the candidate cannot. */
	@Transactional
	public void reopen(SignedInUser user, long portfolioId, Long version) {
		SignOffDocument document = mentorsDocument(user, portfolioId, version);
		document.reopen(user.id(), this.clock.instant());
		this.documents.save(document);
		revision(document, user, SignOffRevision.REOPENED);
	}

	private SignOffDocument mentorsDocument(SignedInUser user, long portfolioId, Long version) {
		Standing standing = this.access.standing(user, portfolioId);
		this.access.changeable(user, portfolioId);
		if (!standing.mentor()) {
			throw new SignOffRefusedException("signoff.refused.mentorOnly");
		}
		signOffKind(this.portfolios.view(user, portfolioId)).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		Optional<SignOffDocument> existing = this.documents.findByPortfolioIdAndAuthorAndImportedFalse(portfolioId,
				SignOffDocument.Author.MENTOR);
		if (existing.isEmpty()) {
			if (version != null) {
				throw new StaleEditException(0);
			}
			return this.documents.save(
					SignOffDocument.mentors(portfolioId, user.id(), user.getDisplayName(), this.clock.instant()));
		}
		SignOffDocument document = existing.get();
		if (version == null || document.getVersion() != version) {
			throw new StaleEditException(document.getVersion());
		}
		return document;
	}

	private void revision(SignOffDocument document, SignedInUser user, String note) {
		int next = this.revisions.lastNumber(document.getId()) + 1;
		this.revisions.save(new SignOffRevision(document.getId(), next, String.valueOf(document.getText()),
				this.clock.instant(), user.getDisplayName(), note));
	}

	/** The mentor's current text, for the form that shows both after a stale save. */
	@Transactional(readOnly = true)
	public Optional<DocumentView> mentorDocument(SignedInUser user, long portfolioId) {
		this.access.readable(user, portfolioId);
		return this.documents.findByPortfolioIdAndAuthorAndImportedFalse(portfolioId, SignOffDocument.Author.MENTOR)
			.map(SignOffService::view);
	}

	// The supporter's link

	/** The link to give the supporter, shown once: only its hash is kept. */
	public record IssuedLink(long invitationId, String token) {
	}

	/** The candidate invites a supporter (Fellowship); one open invitation at a time, and none once a letter is in. */
	@Transactional
	public IssuedLink invite(SignedInUser user, long portfolioId, String supporterName, String email) {
		var portfolio = this.access.writable(user, portfolioId);
		PortfolioView view = this.portfolios.view(user, portfolioId);
		if (signOffKind(view).filter((k) -> k == SectionKind.LETTERS_OF_SUPPORT).isEmpty()) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		String name = (supporterName != null) ? supporterName.strip() : "";
		if (name.isEmpty()) {
			throw new FieldProblem("name", "signoff.invite.name.required");
		}
		if (name.length() > SignOffDocument.MAX_NAME_LENGTH) {
			throw new FieldProblem("name", "signoff.invite.name.tooLong");
		}
		String address = (email != null && !email.isBlank()) ? email.strip() : null;
		if (address != null && (address.length() > 254 || !address.contains("@"))) {
			throw new FieldProblem("email", "signoff.invite.email.invalid");
		}
		Instant now = this.clock.instant();
		if (this.documents.findByPortfolioIdAndAuthorAndImportedFalse(portfolioId, SignOffDocument.Author.SUPPORTER)
			.isPresent()) {
			throw new FieldProblem("name", "signoff.invite.letterIn");
		}
		if (this.invitations.findByPortfolioIdOrderByCreatedAtDesc(portfolioId).stream().anyMatch((i) -> i.isOpen(now))) {
			throw new FieldProblem("name", "signoff.invite.alreadyOpen");
		}
		String token = newToken();
		SupporterInvitation invitation = this.invitations.save(new SupporterInvitation(portfolioId,
				user.getDisplayName(), portfolio.title(), name, address, hash(token), now));
		return new IssuedLink(invitation.getId(), token);
	}

	/** The candidate withdraws an invitation; its link stops working. */
	@Transactional
	public void withdraw(SignedInUser user, long portfolioId, long invitationId) {
		this.access.writable(user, portfolioId);
		SupporterInvitation invitation = this.invitations.findByIdAndPortfolioId(invitationId, portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		invitation.withdraw(this.clock.instant());
		this.invitations.save(invitation);
	}

	/** What the supporter's page shows: who asked, for what, until when. */
	public record Offer(String candidateName, String portfolioTitle, String supporterName, Instant expiresAt,
			DataSize maxLetterSize) {
	}

	@Transactional(readOnly = true)
	public Offer offer(String token) {
		SupporterInvitation invitation = usable(token);
		return new Offer(invitation.getInviterName(), invitation.getPortfolioTitle(), invitation.getSupporterName(),
				invitation.getExpiresAt(), this.maxLetterSize);
	}

	/** A letter as the supporter submits it: written, or uploaded (PDF or text), with their name and role. */
	public record Letter(String name, String role, String text, String fileName, byte[] file) {
	}

	/** The supporter submits their letter: it is signed and locked, and the link is spent. */
	@Transactional
	public void submit(String token, Letter letter) {
		SupporterInvitation invitation = usable(token);
		String name = (letter.name() != null) ? letter.name().strip() : "";
		if (name.isEmpty()) {
			throw new FieldProblem("name", "signoff.letter.name.required");
		}
		if (name.length() > SignOffDocument.MAX_NAME_LENGTH) {
			throw new FieldProblem("name", "signoff.letter.name.tooLong");
		}
		String role = checkedRole(letter.role(), true);
		String text = checkedText(letter.text());
		String fileName = null;
		String fileType = null;
		byte[] content = null;
		boolean uploaded = letter.file() != null && letter.file().length > 0;
		if (uploaded && !text.isBlank()) {
			throw new FieldProblem("file", "signoff.letter.both");
		}
		if (uploaded) {
			if (letter.file().length > this.maxLetterSize.toBytes()) {
				throw new FieldProblem("file", "signoff.letter.file.tooLarge");
			}
			fileType = this.tika.detect(letter.file(), letter.fileName());
			if (!LETTER_TYPES.contains(fileType)) {
				throw new FieldProblem("file", "signoff.letter.file.type");
			}
			if ("text/plain".equals(fileType)) {
				text = checkedText(decoded(letter.file()));
			}
			else {
				text = pdfText(letter.file());
				fileName = safeName(letter.fileName());
				content = letter.file();
			}
		}
		if (text.isBlank() && content == null) {
			throw new FieldProblem("text", "signoff.letter.required");
		}
		Instant now = this.clock.instant();
		invitation.use(now);
		this.invitations.save(invitation);
		if (this.documents.findByPortfolioIdAndAuthorAndImportedFalse(invitation.getPortfolioId(),
				SignOffDocument.Author.SUPPORTER)
			.isPresent()) {
			throw new SupporterLinkException("signoff.link.used");
		}
		this.documents.save(SignOffDocument.supporters(invitation.getPortfolioId(), name, role, text, fileName, fileType,
				content, now));
	}

	private SupporterInvitation usable(String token) {
		SupporterInvitation invitation = this.invitations.findByTokenHash(hash(String.valueOf(token)))
			.orElseThrow(() -> new SupporterLinkException("signoff.link.unknown"));
		String problem = invitation.problem(this.clock.instant());
		if (problem != null) {
			throw new SupporterLinkException(problem);
		}
		return invitation;
	}

	// Shared checks

	private static String checkedText(String text) {
		String stripped = (text != null) ? text.strip() : "";
		if (stripped.length() > SignOffDocument.MAX_TEXT_LENGTH) {
			throw new FieldProblem("text", "signoff.text.tooLong");
		}
		return stripped;
	}

	private static String checkedRole(String role, boolean required) {
		String stripped = (role != null) ? role.strip() : "";
		if (required && stripped.isEmpty()) {
			throw new FieldProblem("role", "signoff.letter.role.required");
		}
		if (stripped.length() > SignOffDocument.MAX_ROLE_LENGTH) {
			throw new FieldProblem("role", "signoff.role.tooLong");
		}
		return stripped.isEmpty() ? null : stripped;
	}

	private static String decoded(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString()
				.replace("\u0000", "");
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	/** The words of an uploaded PDF letter, so that it reads on the page and in the submission. */
	private static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replace("\u0000", "").strip();
			return (text.length() > SignOffDocument.MAX_TEXT_LENGTH) ? text.substring(0, SignOffDocument.MAX_TEXT_LENGTH)
					: text;
		}
		catch (IOException broken) {
			throw new FieldProblem("file", "signoff.letter.file.unreadable");
		}
	}

	private static String safeName(String name) {
		String base = (name != null) ? name.replaceAll("[^A-Za-z0-9._-]", "_") : "";
		base = base.replaceAll("\\.[^.]*$", "");
		if (base.isBlank()) {
			base = "letter";
		}
		return ((base.length() > 100) ? base.substring(0, 100) : base) + ".pdf";
	}

	static Optional<SectionKind> signOffKind(PortfolioView view) {
		return view.sections().stream().map((s) -> s.kind()).filter(SectionKind::isSignOff).findFirst();
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

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

}
