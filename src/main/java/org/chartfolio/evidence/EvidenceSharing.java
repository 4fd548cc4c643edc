package org.chartfolio.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService.ExportedItem;
import org.chartfolio.evidence.EvidenceService.SharedDownload;
import org.chartfolio.evidence.EvidenceService.SharedFile;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items and their files as other modules show them: a mentor's copy of a CV, the
 * assessor's and the export's view of every item. Each read checks who may see the item:
 * the portfolio's readers, or whoever the permission table lets see that one item.
 */
@Service
@RequiredArgsConstructor
public class EvidenceSharing {

	private final EvidenceItems items;

	private final EvidenceFiles files;

	private final FileStore store;

	private final PortfolioAccess access;

	private final EvidenceCitations citations;

	/**
	 * The files of a live item of the portfolio, without their contents, for whoever may
	 * read that item: whoever reads the portfolio, or somebody the permission table lets
	 * see this one item (the mentor a candidate sent it to as their CV). Empty when the
	 * item is not a live item of that portfolio.
	 */
	@Transactional(readOnly = true)
	public List<SharedFile> filesOf(SignedInUser user, long portfolioId, long evidenceId) {
		PortfolioRef portfolio = this.access.evidenceReadable(user, portfolioId, evidenceId);
		if (liveItem(portfolio.id(), evidenceId).isEmpty()) {
			return List.of();
		}
		return this.files.viewsOf(List.of(evidenceId))
			.stream()
			.map((file) -> new SharedFile(file.id(), file.name(), file.contentType(), file.size()))
			.toList();
	}

	/**
	 * The files of the portfolio's live items, without their contents, by item id, in one
	 * query, for whoever reads the portfolio; items with no file are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<SharedFile>> filesOfLiveItems(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.files.viewsOfLive(portfolio.id())
			.stream()
			.collect(Collectors.groupingBy(EvidenceFileView::evidenceId,
					Collectors.mapping(
							(file) -> new SharedFile(file.id(), file.name(), file.contentType(), file.size()),
							Collectors.toList())));
	}

	/**
	 * The portfolio's live items in number order, for whoever may read it, in a fixed
	 * number of queries.
	 */
	@Transactional(readOnly = true)
	public List<ExportedItem> forExport(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		List<Long> ids = this.items.findLive(portfolio.id()).stream().map(EvidenceItem::getId).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<SharedFile>> filesByItem = this.files.viewsOf(ids)
			.stream()
			.collect(Collectors.groupingBy(EvidenceFileView::evidenceId,
					Collectors.mapping(
							(file) -> new SharedFile(file.id(), file.name(), file.contentType(), file.size()),
							Collectors.toList())));
		Map<Long, List<CitationLookup.Citation>> citations = this.citations.of(portfolio.id(), ids);
		return this.items.findWithTags(ids)
			.stream()
			.sorted(Comparator.comparingInt(EvidenceItem::getNumber))
			.map((item) -> new ExportedItem(item.toSummary(), item.getDescription(), item.getReflection(),
					item.getLink(), item.sortedTags(), filesByItem.getOrDefault(item.getId(), List.of()),
					citations.getOrDefault(item.getId(), List.of())))
			.toList();
	}

	/**
	 * One file of a live item, streamed from the store, for whoever may read that item
	 * (as for {@link #filesOf}); the caller closes it.
	 */
	@Transactional(readOnly = true)
	public Optional<SharedDownload> openFile(SignedInUser user, long portfolioId, long evidenceId, long fileId) {
		PortfolioRef portfolio = this.access.evidenceReadable(user, portfolioId, evidenceId);
		return liveItem(portfolio.id(), evidenceId).flatMap((item) -> this.files.findOf(item.getId(), fileId))
			.flatMap((file) -> this.store.open(file.getContentKey())
				.map((content) -> new SharedDownload(FileNames.nameFor(file.getOriginalName(), file.getContentType()),
						file.getContentType(), file.getSizeBytes(), content)));
	}

	private Optional<EvidenceItem> liveItem(long portfolioId, long evidenceId) {
		return this.items.findById(evidenceId)
			.filter((item) -> item.getPortfolioId() == portfolioId && !item.isInBin());
	}

}
