package org.chartfolio.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.writing.WritingReview.ReviewParagraph;
import org.chartfolio.writing.WritingService.ExportedPart;
import org.chartfolio.writing.WritingService.ExportedText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A written section's Markdown as safe HTML with its citations resolved against the
 * portfolio's live evidence: for the section page, the submission export and the review
 * page. Changes here when what a citation links to, or how the text is cut into
 * paragraphs, changes.
 */
@Service
@RequiredArgsConstructor
class SectionRendering {

	private final SectionTexts texts;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final EvidenceReading evidence;

	private final MessageSource messages;

	/** The section's text for its page, citations linked to the items' pages. */
	MarkdownRenderer.Rendered render(PortfolioView portfolio, long portfolioId, String body,
			Map<Integer, EvidenceSummary> items) {
		return MarkdownRenderer.render(body, portfolioId, items, notFound(), WrittenSections.objectivesPage(portfolio));
	}

	/** See {@link WritingService#forExport}. */
	@Transactional(readOnly = true)
	public ExportedText forExport(SignedInUser user, long portfolioId) {
		PortfolioView portfolio = WrittenSections.readable(this.access, this.portfolios, user, portfolioId);
		String notFound = notFound();
		List<ExportedPart> written = new ArrayList<>();
		List<ExportedPart> statements = new ArrayList<>();
		for (SectionView section : portfolio.sections()) {
			if (!section.kind().isWritten()) {
				continue;
			}
			String body = this.texts.findById(section.id()).map(SectionText::getBody).orElse("");
			if (body.isBlank()) {
				continue;
			}
			String objectives = WrittenSections.objectivesPage(portfolio);
			String html = MarkdownRenderer
				.render(body, portfolioId, cited(user, portfolioId, body), notFound, objectives)
				.html()
				.replace("href=\"/portfolios/" + portfolioId + "/evidence/", "href=\"#evidence-")
				.replace("href=\"" + objectives + "#", "href=\"#")
				.replace("id=\"para-", "id=\"section-" + section.id() + "-para-");
			ExportedPart part = new ExportedPart("section-" + section.id(), section.kind().messageKey(),
					section.criterionNumber(), section.title(), section.criterionDescription(), html);
			(section.isStatement() ? statements : written).add(part);
		}
		return new ExportedText(written, statements);
	}

	/** See {@link WritingReview#reviewParagraphs}. */
	@Transactional(readOnly = true)
	public List<ReviewParagraph> reviewParagraphs(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioView portfolio = WrittenSections.readable(this.access, this.portfolios, user, portfolioId);
		SectionView section = WrittenSections.sectionOf(portfolio, sectionId);
		String body = this.texts.findById(section.id()).map(SectionText::getBody).orElse("");
		if (body.isBlank()) {
			return List.of();
		}
		List<String> html = MarkdownRenderer.renderBlocks(body, portfolioId, cited(user, portfolioId, body), notFound(),
				WrittenSections.objectivesPage(portfolio));
		List<String> words = MarkdownRenderer.paragraphs(body);
		List<ReviewParagraph> paragraphs = new ArrayList<>();
		for (int i = 0; i < html.size(); i++) {
			paragraphs.add(new ReviewParagraph(i + 1, html.get(i), words.get(i)));
		}
		return paragraphs;
	}

	/**
	 * The plain words of each paragraph of the section's text, the first being paragraph
	 * 1 (whose anchor on the section page is {@code para-1}), for quoting in a comment.
	 */
	@Transactional(readOnly = true)
	public List<String> paragraphs(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioView portfolio = WrittenSections.readable(this.access, this.portfolios, user, portfolioId);
		SectionView section = WrittenSections.sectionOf(portfolio, sectionId);
		return this.texts.findById(section.id())
			.map((text) -> MarkdownRenderer.paragraphs(text.getBody()))
			.orElse(List.of());
	}

	/**
	 * The live items the text's markers name, by number; one query, none when it cites
	 * nothing.
	 */
	Map<Integer, EvidenceSummary> cited(SignedInUser user, long portfolioId, String body) {
		Set<Integer> numbers = MarkdownRenderer.markers(body)
			.stream()
			.map(MarkdownRenderer.Marker::number)
			.collect(Collectors.toCollection(TreeSet::new));
		return numbers.isEmpty() ? Map.of() : this.evidence.byNumbers(user, portfolioId, numbers);
	}

	private String notFound() {
		return this.messages.getMessage("writing.citation.notFound", null, Locale.UK);
	}

}
