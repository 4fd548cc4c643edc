package org.chartfolio.writing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioView;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.portfolio.SectionWorkflow;
import org.chartfolio.portfolio.SectionWorkflow.ReviewStatus;
import org.chartfolio.system.Bin;
import org.chartfolio.writing.SectionDiscussion.Discussion;
import org.chartfolio.writing.WritingService.CitedItem;
import org.chartfolio.writing.WritingService.ClearedText;
import org.chartfolio.writing.WritingService.Comparison;
import org.chartfolio.writing.WritingService.Editor;
import org.chartfolio.writing.WritingService.RevisionRow;
import org.chartfolio.writing.WritingService.Revisions;
import org.chartfolio.writing.WritingService.SectionPage;
import org.chartfolio.writing.WritingService.SinceApproval;
import org.chartfolio.writing.WritingService.WordTally;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the writing pages show, one record per page, each read in one transaction after
 * checking that the person may read (or, for the editor and the bin, write) the
 * portfolio. Changes when a page shows something new.
 */
@Service
@RequiredArgsConstructor
class WritingPages {

	private final SectionTexts texts;

	private final SectionRevisions revisions;

	private final StoredCitations citations;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final EvidenceReading evidence;

	private final SectionRendering rendering;

	private final Clock clock;

	private final SectionWorkflow workflow;

	/**
	 * The comment threads shown beside the text; kept by the review module, when it is
	 * there.
	 */
	private final ObjectProvider<SectionDiscussion> discussion;

	/**
	 * The section's page: its text, the comment threads beside it and where it stands in
	 * review.
	 */
	record ReadingPage(SectionPage text, Discussion discussion, ReviewStatus reviewStatus) {
	}

	/**
	 * The editor's page: what the editor starts from, the open comment threads beside it
	 * and where the section stands in review.
	 */
	record EditingPage(Editor editor, Discussion discussion, ReviewStatus reviewStatus) {
	}

	@Transactional(readOnly = true)
	ReadingPage reading(SignedInUser user, long portfolioId, long sectionId) {
		SectionPage text = page(user, portfolioId, sectionId);
		return new ReadingPage(text, discussion(user, portfolioId, sectionId),
				this.workflow.status(user, portfolioId, sectionId));
	}

	@Transactional(readOnly = true)
	EditingPage editing(SignedInUser user, long portfolioId, long sectionId) {
		Editor editor = editor(user, portfolioId, sectionId);
		return new EditingPage(editor, discussion(user, portfolioId, sectionId),
				this.workflow.status(user, portfolioId, sectionId));
	}

	private Discussion discussion(SignedInUser user, long portfolioId, long sectionId) {
		SectionDiscussion threads = this.discussion.getIfAvailable();
		return (threads != null) ? threads.of(user, portfolioId, sectionId) : Discussion.NONE;
	}

	@Transactional(readOnly = true)
	public SectionPage page(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioView portfolio = WrittenSections.readable(this.access, this.portfolios, user, portfolioId);
		SectionView section = WrittenSections.sectionOf(portfolio, sectionId);
		SectionText text = this.texts.findById(sectionId).orElse(null);
		WordTally words = tally(portfolio, section);
		SinceApproval sinceApproval = sinceApproval(section, text);
		if (text == null || text.getBody().isBlank()) {
			return new SectionPage(portfolio.summary(), section, false, "", words, List.of(), List.of(),
					(text != null) ? local(text.getUpdatedAt()) : null, sinceApproval);
		}
		String body = text.getBody();
		Map<Integer, EvidenceSummary> items = this.rendering.cited(user, portfolioId, body);
		MarkdownRenderer.Rendered rendered = this.rendering.render(portfolio, portfolioId, body, items);
		Map<Long, List<StoredCitation>> byItem = this.citations
			.findBySectionIdOrderByParagraphAscEvidenceNumberAsc(sectionId)
			.stream()
			.collect(Collectors.groupingBy(StoredCitation::getEvidenceId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, EvidenceSummary> itemsById = items.values()
			.stream()
			.collect(Collectors.toMap(EvidenceSummary::id, (item) -> item));
		List<CitedItem> cited = byItem.entrySet()
			.stream()
			.filter((entry) -> itemsById.containsKey(entry.getKey()))
			.map((entry) -> {
				EvidenceSummary item = itemsById.get(entry.getKey());
				List<StoredCitation> places = entry.getValue();
				return new CitedItem(item.id(), item.number(), item.label(), item.title(),
						"/portfolios/" + portfolioId + "/evidence/" + item.number(),
						places.stream().map(StoredCitation::anchor).distinct().toList(),
						places.stream().map(StoredCitation::getNote).filter(Objects::nonNull).findFirst().orElse(null));
			})
			.sorted(Comparator.comparingInt(CitedItem::number))
			.toList();
		List<String> missing = rendered.missing().stream().map((n) -> "E" + n).toList();
		return new SectionPage(portfolio.summary(), section, true, rendered.html(), words, cited, missing,
				local(text.getUpdatedAt()), sinceApproval);
	}

	private SinceApproval sinceApproval(SectionView section, SectionText text) {
		if (section.isLocked() || !section.kind().isWritten()) {
			return null;
		}
		return this.revisions
			.findFirstBySectionIdAndReasonOrderByNumberDesc(section.id(), SectionRevision.Reason.APPROVED.code())
			.map((approved) -> {
				String now = (text != null) ? text.getBody() : "";
				return new SinceApproval(local(approved.getCreatedAt()), approved.getNumber(),
						!approved.getBody().equals(now), WordDiff.between(approved.getBody(), now));
			})
			.orElse(null);
	}

	@Transactional(readOnly = true)
	public Editor editor(SignedInUser user, long portfolioId, long sectionId) {
		this.access.writable(user, portfolioId);
		PortfolioView portfolio = this.portfolios.view(user, portfolioId);
		SectionView section = WrittenSections.writtenSectionOf(portfolio, sectionId);
		SectionText text = this.texts.findById(sectionId).orElse(null);
		return new Editor(portfolio.summary(), section, (text != null) ? text.getBody() : "",
				(text != null) ? text.getVersion() : 0, tally(portfolio, section),
				this.evidence.list(user, portfolioId));
	}

	@Transactional(readOnly = true)
	public Revisions revisions(SignedInUser user, long portfolioId, long sectionId) {
		PortfolioView portfolio = WrittenSections.readable(this.access, this.portfolios, user, portfolioId);
		SectionView section = WrittenSections.writtenSectionOf(portfolio, sectionId);
		List<RevisionRow> rows = this.revisions.findBySectionIdOrderByNumberDesc(sectionId)
			.stream()
			.map(this::row)
			.toList();
		return new Revisions(portfolio.summary(), section, rows);
	}

	@Transactional(readOnly = true)
	public Comparison compare(SignedInUser user, long portfolioId, long sectionId, int from, int to) {
		PortfolioView portfolio = WrittenSections.readable(this.access, this.portfolios, user, portfolioId);
		WrittenSections.writtenSectionOf(portfolio, sectionId);
		SectionRevision older = this.revisions.findBySectionIdAndNumber(sectionId, from)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		SectionRevision newer = this.revisions.findBySectionIdAndNumber(sectionId, to)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return new Comparison(row(older), row(newer), WordDiff.between(older.getBody(), newer.getBody()));
	}

	/**
	 * The bin: sections whose text was deleted and can still be restored, with how many
	 * words each had.
	 */
	@Transactional(readOnly = true)
	public List<ClearedText> cleared(SignedInUser user, long portfolioId) {
		PortfolioView portfolio = this.portfolios.view(user, this.access.writable(user, portfolioId).id());
		Instant since = this.clock.instant().minus(Bin.KEEPS);
		List<ClearedText> cleared = new ArrayList<>();
		for (SectionRevision clear : this.revisions.findLatestWithReason(portfolio.id(),
				SectionRevision.Reason.CLEAR.code(), since)) {
			SectionView section = WrittenSections.sectionOf(portfolio, clear.getSectionId());
			int words = this.revisions.findBySectionIdAndNumber(section.id(), clear.getNumber() - 1)
				.map(SectionRevision::getWordCount)
				.orElse(0);
			cleared.add(new ClearedText(section, words, clear.getCreatedAt(), clear.getCreatedAt().plus(Bin.KEEPS)));
		}
		return cleared;
	}

	private WordTally tally(PortfolioView portfolio, SectionView section) {
		Map<Long, Integer> counts = this.texts.findByPortfolioId(portfolio.id())
			.stream()
			.collect(Collectors.toMap(SectionText::getSectionId, SectionText::getWordCount));
		return new WordTally(counts.getOrDefault(section.id(), 0), WrittenSections.statementWords(portfolio, counts),
				portfolio.summary().statementWordLimit(), section.isStatement());
	}

	private RevisionRow row(SectionRevision revision) {
		return new RevisionRow(revision.getNumber(), local(revision.getCreatedAt()), revision.getWordCount(),
				revision.getReason().messageKey(), revision.getSuggestedByName());
	}

	private LocalDateTime local(Instant instant) {
		return WrittenSections.local(instant, this.clock);
	}

}
