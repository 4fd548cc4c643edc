package org.chartfolio.signoff;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A portfolio's sign-off documents for the data export and its import. Access is checked
 * by the caller. An uploaded ZIP brings them as history: marked imported, attributed to a
 * name as text, never counted by readiness, never changed. A submitted copy (this
 * installation's own export) keeps them as they are, signed or not.
 */
@Service
@RequiredArgsConstructor
public class SignOffTransfer {

	public static final int MAX_TEXT_LENGTH = SignOffDocument.MAX_TEXT_LENGTH;

	public static final int MAX_NAME_LENGTH = SignOffDocument.MAX_NAME_LENGTH;

	public static final int MAX_ROLE_LENGTH = SignOffDocument.MAX_ROLE_LENGTH;

	/** {@code author} is MENTOR or SUPPORTER. */
	public record SignOffData(String author, String name, String role, String text, Instant signedAt, Instant updatedAt,
			boolean imported) {
	}

	private final SignOffDocuments documents;

	@Transactional(readOnly = true)
	public List<SignOffData> export(long portfolioId) {
		return this.documents.findByPortfolioIdOrderById(portfolioId)
			.stream()
			.map((d) -> new SignOffData(d.getAuthor().name(), d.getAuthorName(), d.getAuthorRole(), d.getText(),
					d.getSignedAt(), d.getUpdatedAt(), d.isImported()))
			.toList();
	}

	/**
	 * Writes the documents for the new portfolio. {@code trusted} (a submitted copy)
	 * keeps the live ones as they were; otherwise every one is imported history.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(long portfolioId, List<SignOffData> data, boolean trusted) {
		boolean[] seen = new boolean[SignOffDocument.Author.values().length];
		for (SignOffData d : data) {
			SignOffDocument document = SignOffDocument.imported(portfolioId, d);
			SignOffDocument.Author author = document.getAuthor();
			boolean live = trusted && !d.imported() && !seen[author.ordinal()];
			if (live) {
				seen[author.ordinal()] = true;
			}
			this.documents.save(live ? document.asLive() : document);
		}
	}

}
