package org.chartfolio.writing;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;

import org.springframework.stereotype.Service;

/**
 * What the review module asks of a written section: its paragraphs, to show beside the
 * comment threads and to quote from, the text kept as a revision when the mentor approves
 * it, and a suggested wording taken into it. Kept apart from {@link WritingService}, so
 * that it changes when review does. As there, every call checks that the person may read
 * or write the portfolio.
 */
@Service
@RequiredArgsConstructor
public class WritingReview {

	private final StatementEditing editing;

	private final SectionRendering rendering;

	/**
	 * Keeps the section's text as it stands now as a revision with the reason "approved",
	 * for the mentor approving it, and gives that revision's id. The text itself does not
	 * change.
	 */
	public long keepApprovedText(SignedInUser mentor, long portfolioId, long sectionId) {
		return this.editing.keepApprovedText(mentor, portfolioId, sectionId);
	}

	/**
	 * The candidate takes a suggested wording: the first place the text holds
	 * {@code passage}, as written, becomes {@code replacement}, kept as a revision that
	 * names who suggested it. Refused with
	 * {@link org.chartfolio.portfolio.SectionLockedException} while the section is
	 * approved; gives false, changing nothing, when the text no longer holds the passage.
	 */
	public boolean acceptSuggestion(SignedInUser user, long portfolioId, long sectionId, String passage,
			String replacement, String suggestedByName) {
		return this.editing.acceptSuggestion(user, portfolioId, sectionId, passage, replacement, suggestedByName);
	}

	/**
	 * The plain words of each paragraph of the section's text, the first being paragraph
	 * 1 (whose anchor on the section page is {@code para-1}), for quoting in a comment.
	 */
	public List<String> paragraphs(SignedInUser user, long portfolioId, long sectionId) {
		return this.rendering.paragraphs(user, portfolioId, sectionId);
	}

	/**
	 * One paragraph of a section's text for the review page: its number (from 1, as in
	 * {@code para-N}), its safe HTML with citations linked, and its plain words, in which
	 * a quote must occur.
	 */
	public record ReviewParagraph(int number, String html, String words) {
	}

	/** The section's text paragraph by paragraph, for whoever may read the portfolio. */
	public List<ReviewParagraph> reviewParagraphs(SignedInUser user, long portfolioId, long sectionId) {
		return this.rendering.reviewParagraphs(user, portfolioId, sectionId);
	}

}
