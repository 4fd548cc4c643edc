package org.chartfolio.readiness;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.writing.WritingService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A portfolio's sections and their writing, read once for a page: the sections in the
 * route's order, each named as the reader sees it, with its text where it has one.
 */
@Component
@RequiredArgsConstructor
class PortfolioWriting {

	private final PortfolioService portfolios;

	private final WritingService writing;

	private final MessageSource messages;

	/**
	 * The portfolio and its written texts by section id; the caller has checked it may be
	 * read.
	 */
	record Read(PortfolioView portfolio, Map<Long, WritingService.WrittenText> texts) {

		List<SectionView> statements() {
			return this.portfolio.sections().stream().filter(SectionView::isStatement).toList();
		}

		/**
		 * The sections whose citations count: the statements, then the annotated CV and
		 * job description, which CILIP's assessors want "linked to what is in your
		 * portfolio" as much as the statements.
		 */
		List<SectionView> citing() {
			return this.portfolio.sections()
				.stream()
				.filter((section) -> section.isStatement() || section.kind() == org.chartfolio.portfolio.SectionKind.CV
						|| section.kind() == org.chartfolio.portfolio.SectionKind.JOB_DESCRIPTION)
				.sorted(java.util.Comparator.comparing((SectionView section) -> !section.isStatement()))
				.toList();
		}

		WritingService.WrittenText textOf(long sectionId) {
			return this.texts.get(sectionId);
		}

	}

	Read read(SignedInUser user, long portfolioId) {
		PortfolioView portfolio = this.portfolios.view(user, portfolioId);
		Map<Long, WritingService.WrittenText> texts = this.writing.writtenTexts(user, portfolioId)
			.stream()
			.collect(Collectors.toMap(WritingService.WrittenText::sectionId, Function.identity()));
		return new Read(portfolio, texts);
	}

	/**
	 * The passages of the written sections in reading order (the route's order of
	 * sections).
	 */
	List<Acronyms.Passage> passages(Read read) {
		return read.portfolio()
			.sections()
			.stream()
			.filter((section) -> section.kind().isWritten() && read.textOf(section.id()) != null)
			.map((section) -> new Acronyms.Passage(section.id(), name(section), read.textOf(section.id()).prose()))
			.toList();
	}

	/** "Criterion 1: Personal performance", or the kind of section ("Annotated CV"). */
	String name(SectionView section) {
		Message name = Message.nameOf(section);
		return message(name.key(), name.args());
	}

	String message(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.UK);
	}

}
