package org.chartfolio.signoff;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.Tika;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.signoff.SignOffService.IssuedLink;
import org.chartfolio.signoff.SignOffService.Letter;
import org.chartfolio.signoff.SignOffService.Offer;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.SecretTokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The supporter's single-use link (Fellowship): issued to the candidate, withdrawn by
 * them, and spent by the supporter's letter, written or uploaded as a PDF or text file.
 * Only the link's hash is kept. {@link SignOffService} checks who may ask and holds the
 * transaction; the supporter is anybody who holds a usable link.
 */
@Component
class SupporterLinks {

	/** The types a supporter may upload, detected from the content. */
	static final List<String> LETTER_TYPES = List.of("application/pdf", "text/plain");

	private final SignOffDocuments documents;

	private final SupporterInvitations invitations;

	private final Clock clock;

	private final DataSize maxLetterSize;

	private final Tika tika = new Tika();

	SupporterLinks(SignOffDocuments documents, SupporterInvitations invitations, Clock clock,
			@Value("${chartfolio.signoff.max-letter-size:5MB}") DataSize maxLetterSize) {
		this.documents = documents;
		this.invitations = invitations;
		this.clock = clock;
		this.maxLetterSize = maxLetterSize;
	}

	DataSize maxLetterSize() {
		return this.maxLetterSize;
	}

	/** One open invitation at a time, and none once a letter is in. */
	IssuedLink invite(SignedInUser user, PortfolioRef portfolio, String supporterName, String email) {
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
		if (this.documents.findByPortfolioIdAndAuthorAndImportedFalse(portfolio.id(), SignOffDocument.Author.SUPPORTER)
			.isPresent()) {
			throw new FieldProblem("name", "signoff.invite.letterIn");
		}
		if (this.invitations.findByPortfolioIdOrderByCreatedAtDesc(portfolio.id())
			.stream()
			.anyMatch((i) -> i.isOpen(now))) {
			throw new FieldProblem("name", "signoff.invite.alreadyOpen");
		}
		String token = SecretTokens.newToken();
		SupporterInvitation invitation = this.invitations.save(new SupporterInvitation(portfolio.id(),
				user.getDisplayName(), portfolio.title(), name, address, SecretTokens.hash(token), now));
		return new IssuedLink(invitation.getId(), token);
	}

	void withdraw(long portfolioId, long invitationId) {
		SupporterInvitation invitation = this.invitations.findByIdAndPortfolioId(invitationId, portfolioId)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		invitation.withdraw(this.clock.instant());
		this.invitations.save(invitation);
	}

	Offer offer(String token) {
		SupporterInvitation invitation = usable(token);
		return new Offer(invitation.getInviterName(), invitation.getPortfolioTitle(), invitation.getSupporterName(),
				invitation.getExpiresAt(), this.maxLetterSize);
	}

	/** The letter is signed and locked, and the link is spent. */
	void submit(String token, Letter letter) {
		SupporterInvitation invitation = usable(token);
		String name = (letter.name() != null) ? letter.name().strip() : "";
		if (name.isEmpty()) {
			throw new FieldProblem("name", "signoff.letter.name.required");
		}
		if (name.length() > SignOffDocument.MAX_NAME_LENGTH) {
			throw new FieldProblem("name", "signoff.letter.name.tooLong");
		}
		String role = SignOffDocument.checkedRole(letter.role(), true);
		String text = SignOffDocument.checkedText(letter.text());
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
				text = SignOffDocument.checkedText(decoded(letter.file()));
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
		if (this.documents
			.findByPortfolioIdAndAuthorAndImportedFalse(invitation.getPortfolioId(), SignOffDocument.Author.SUPPORTER)
			.isPresent()) {
			throw new SupporterLinkException("signoff.link.used");
		}
		this.documents.save(SignOffDocument.supporters(invitation.getPortfolioId(),
				new Letter(name, role, text, fileName, content), fileType, now));
	}

	private SupporterInvitation usable(String token) {
		SupporterInvitation invitation = this.invitations.findByTokenHash(SecretTokens.hash(token))
			.orElseThrow(() -> new SupporterLinkException("signoff.link.unknown"));
		String problem = invitation.problem(this.clock.instant());
		if (problem != null) {
			throw new SupporterLinkException(problem);
		}
		return invitation;
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

	/**
	 * The words of an uploaded PDF letter, so that it reads on the page and in the
	 * submission.
	 */
	private static String pdfText(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replace("\u0000", "").strip();
			return (text.length() > SignOffDocument.MAX_TEXT_LENGTH)
					? text.substring(0, SignOffDocument.MAX_TEXT_LENGTH) : text;
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

}
