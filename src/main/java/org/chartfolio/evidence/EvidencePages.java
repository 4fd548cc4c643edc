package org.chartfolio.evidence;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the evidence pages show ({@link EvidenceViews}), each read in one transaction, in
 * a fixed number of queries, after checking that the person may read the portfolio.
 */
@Service
@RequiredArgsConstructor
class EvidencePages {

	static final int PAGE_SIZE = 50;

	private final EvidenceItems items;

	private final EvidenceFiles files;

	private final EvidenceListQuery query;

	private final EvidenceCitations citations;

	private final FileIntake intake;

	private final FileStore store;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	/** One page of the list: a fixed number of queries whatever the number of items. */
	@Transactional(readOnly = true)
	EvidenceViews.ListPage page(SignedInUser user, long portfolioId, EvidenceViews.Filter filter, int page) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		List<Long> ids = this.query.matchingIds(portfolio.id(), filter);
		if (filter.usesCitations() && !ids.isEmpty()) {
			Map<Long, List<CitationLookup.Citation>> citations = this.citations.of(portfolio.id(), ids);
			ids = ids.stream().filter((id) -> {
				List<CitationLookup.Citation> of = citations.getOrDefault(id, List.of());
				if (filter.notCited() && !of.isEmpty()) {
					return false;
				}
				return filter.criterion() == null
						|| of.stream().anyMatch((c) -> filter.criterion().equals(c.criterionNumber()));
			}).toList();
		}
		int totalPages = Math.max(1, (ids.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), totalPages - 1);
		List<Long> shown = ids.subList(current * PAGE_SIZE, Math.min(ids.size(), (current + 1) * PAGE_SIZE));
		List<EvidenceViews.ListItem> listItems = new ArrayList<>();
		if (!shown.isEmpty()) {
			Map<Long, List<EvidenceFileView>> filesByItem = this.files.viewsOf(shown)
				.stream()
				.collect(Collectors.groupingBy(EvidenceFileView::evidenceId));
			this.items.findWithTags(shown)
				.stream()
				.sorted(Comparator.comparingInt(EvidenceItem::getNumber))
				.forEach((item) -> listItems.add(new EvidenceViews.ListItem(item.getId(), item.getNumber(),
						item.getTitle(), item.getKind(), item.getActivityDate(), item.sortedTags(),
						filesByItem.getOrDefault(item.getId(), List.of()))));
		}
		return new EvidenceViews.ListPage(listItems, current, totalPages, ids.size(),
				this.query.tagsInUse(portfolio.id()), criteria(user, portfolio.id()));
	}

	@Transactional(readOnly = true)
	EvidenceViews.Details details(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		EvidenceItem item = this.items.findLiveWithTags(portfolio.id(), number)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		List<CitationLookup.Citation> citations = this.citations.of(portfolio.id(), List.of(item.getId()))
			.getOrDefault(item.getId(), List.of());
		return new EvidenceViews.Details(item.getId(), item.getNumber(), item.getTitle(), item.getKind(),
				item.getActivityDate(), item.getDescription(), item.getReflection(), item.getLink(), item.sortedTags(),
				this.files.viewsOf(List.of(item.getId())), citations, item.getVersion());
	}

	/** A file of a live item, streamed from the store. */
	@Transactional(readOnly = true)
	EvidenceViews.Download download(SignedInUser user, long portfolioId, int number, long fileId) {
		EvidenceFile file = fileOf(user, portfolioId, number, fileId);
		InputStream content = this.store.open(file.getContentKey())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return new EvidenceViews.Download(FileNames.nameFor(file.getOriginalName(), file.getContentType()),
				file.getContentType(), file.getSizeBytes(), content);
	}

	/** The PNG thumbnail of an image file of a live item. */
	@Transactional(readOnly = true)
	byte[] thumbnail(SignedInUser user, long portfolioId, int number, long fileId) {
		byte[] thumbnail = fileOf(user, portfolioId, number, fileId).getThumbnail();
		if (thumbnail == null) {
			throw new PortfolioNotFoundException(portfolioId);
		}
		return thumbnail;
	}

	/** The largest file the forms accept, as people read it. */
	String maxFileSize() {
		return FileIntake.readable(this.intake.maxFileSize());
	}

	private EvidenceFile fileOf(SignedInUser user, long portfolioId, int number, long fileId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		EvidenceItem item = this.items.findLiveByNumber(portfolio.id(), number)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return this.files.findOf(item.getId(), fileId).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	private List<EvidenceViews.CriterionChoice> criteria(SignedInUser user, long portfolioId) {
		return this.portfolios.view(user, portfolioId)
			.sections()
			.stream()
			.filter((section) -> section.criterionNumber() != null)
			.map((section) -> new EvidenceViews.CriterionChoice(section.criterionNumber(), section.title()))
			.distinct()
			.toList();
	}

}
