package org.chartfolio.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence module's public face: what other modules read of a portfolio's evidence,
 * and adding an item for those that bring their own (the demo, imports). Every call
 * checks, through {@link PortfolioAccess}, that the person may read or write the
 * portfolio; an item or file the person may not see is answered like one that does not
 * exist.
 * <p>
 * The module's own pages are read by {@link EvidencePages} and its edits made by
 * {@link EvidenceEditing}; the lists and figures other modules read come from
 * {@link EvidenceReading}, and the files and exports they show from
 * {@link EvidenceSharing}.
 */
@Service
@RequiredArgsConstructor
public class EvidenceService {

	private final EvidenceReading reading;

	private final EvidenceEditing editing;

	private final EvidenceSharing sharing;

	/** What describes an evidence item; everything but the title may be left empty. */
	public record EvidenceDetails(String title, EvidenceKind kind, LocalDate activityDate, String description,
			String reflection, String link, Set<String> tags) {
	}

	@Transactional
	public EvidenceSummary add(SignedInUser user, long portfolioId, EvidenceDetails details) {
		return this.editing.create(user, portfolioId, details, List.of());
	}

	/** The portfolio's evidence, not in the bin, in number order. */
	public List<EvidenceSummary> list(SignedInUser user, long portfolioId) {
		return this.reading.list(user, portfolioId);
	}

	/** A live item, with whether it says what it is and what it shows (for readiness). */
	public record DescribedItem(EvidenceSummary item, boolean described, boolean explained) {

		/**
		 * Whether an assessor would find it bare: no description, no "what this shows" or
		 * no date.
		 */
		public boolean bare() {
			return !this.described || !this.explained || this.item.activityDate() == null;
		}

	}

	/**
	 * The portfolio's evidence, not in the bin, in number order, each with what it says
	 * of itself.
	 */
	public List<DescribedItem> listDescribed(SignedInUser user, long portfolioId) {
		return this.reading.listDescribed(user, portfolioId);
	}

	public Optional<EvidenceSummary> byNumber(SignedInUser user, long portfolioId, int number) {
		return this.reading.byNumber(user, portfolioId, number);
	}

	/**
	 * The live items with these numbers, by number; numbers with no live item are absent.
	 */
	public Map<Integer, EvidenceSummary> byNumbers(SignedInUser user, long portfolioId, Collection<Integer> numbers) {
		return this.reading.byNumbers(user, portfolioId, numbers);
	}

	/** How many items the portfolio has, not counting the bin. */
	public long countLive(SignedInUser user, long portfolioId) {
		return this.reading.countLive(user, portfolioId);
	}

	/**
	 * How many live items the portfolio has and when an item last changed (added, edited,
	 * put in or taken out of the bin), for anybody who sees its progress: numbers only,
	 * never an item.
	 */
	public EvidenceProgress progress(SignedInUser user, long portfolioId) {
		return this.reading.progress(user, List.of(portfolioId)).get(portfolioId);
	}

	/**
	 * {@link #progress(SignedInUser, long)} of several portfolios, keyed by id in the
	 * order given, in one query for all of them.
	 */
	public Map<Long, EvidenceProgress> progress(SignedInUser user, Collection<Long> portfolioIds) {
		return this.reading.progress(user, portfolioIds);
	}

	/** The most recently added live items, newest first. */
	public List<EvidenceSummary> recent(SignedInUser user, long portfolioId, int limit) {
		return this.reading.recent(user, portfolioId, limit);
	}

	/**
	 * An item added or changed after some moment; {@code added} when it did not exist
	 * before it.
	 */
	public record EvidenceChange(EvidenceSummary item, boolean added, Instant changedAt) {
	}

	/**
	 * The live items added or changed after {@code since}, in number order, in one query.
	 */
	public List<EvidenceChange> changesSince(SignedInUser user, long portfolioId, Instant since) {
		return this.reading.changesSince(user, portfolioId, since);
	}

	/** The items in the bin that can still be restored, most recently deleted first. */
	public List<BinnedEvidence> binned(SignedInUser user, long portfolioId) {
		return this.reading.binned(user, portfolioId);
	}

	/**
	 * A file to keep with new evidence: its name as given, its size, and where to read it
	 * from.
	 */
	public record IncomingFile(String name, long size, InputStreamSource content) {
	}

	/**
	 * Adds an item with its files, for other modules (the demo, imports). The files go
	 * through the same checks as an upload; a refused file refuses the whole item.
	 */
	@Transactional
	public EvidenceSummary add(SignedInUser user, long portfolioId, EvidenceDetails details, List<IncomingFile> files) {
		return this.editing.create(user, portfolioId, details,
				files.stream().map((file) -> new Upload(file.name(), file.size(), file.content())).toList());
	}

	/**
	 * The portfolio's live items that have at least one file, in number order: what can
	 * be sent as a CV.
	 */
	public List<EvidenceSummary> withFiles(SignedInUser user, long portfolioId) {
		return this.reading.withFiles(user, portfolioId);
	}

	/** A file of an item as another module lists it, without its contents. */
	public record SharedFile(long id, String name, String contentType, long size) {

		/** The size as people read it: 812 B, 14 KB, 3.2 MB. */
		public String readableSize() {
			return EvidenceFileView.readable(this.size);
		}

		/**
		 * Whether a page can show the file as it is, in the page itself: a photo or a
		 * text file.
		 */
		public boolean showsInAPage() {
			return showsInAPage(this.contentType);
		}

		/**
		 * Whether a page can show a file of this (detected) type in the page itself: an
		 * image or text.
		 */
		public static boolean showsInAPage(String contentType) {
			return contentType.startsWith("image/") || contentType.startsWith("text/");
		}

	}

	/**
	 * A file's contents on their way to somebody another module let see them; the caller
	 * closes the stream.
	 */
	public record SharedDownload(String name, String contentType, long size, java.io.InputStream content) {
	}

	/**
	 * The files of a live item of the portfolio, without their contents, for whoever may
	 * read that item: whoever reads the portfolio, or somebody the permission table lets
	 * see this one item (the mentor a candidate sent it to as their CV). Empty when the
	 * item is not a live item of that portfolio.
	 */
	public List<SharedFile> filesOf(SignedInUser user, long portfolioId, long evidenceId) {
		return this.sharing.filesOf(user, portfolioId, evidenceId);
	}

	/**
	 * The files of the portfolio's live items, without their contents, by item id, in one
	 * query, for whoever reads the portfolio; items with no file are absent.
	 */
	public Map<Long, List<SharedFile>> filesOfLiveItems(SignedInUser user, long portfolioId) {
		return this.sharing.filesOfLiveItems(user, portfolioId);
	}

	/**
	 * An item with everything the submission export prints: its details, its files
	 * (without their contents) and every place it is cited.
	 */
	public record ExportedItem(EvidenceSummary summary, String description, String reflection, String link,
			List<String> tags, List<SharedFile> files, List<CitationLookup.Citation> citations) {
	}

	/**
	 * The portfolio's live items in number order, for whoever may read it, in a fixed
	 * number of queries.
	 */
	public List<ExportedItem> forExport(SignedInUser user, long portfolioId) {
		return this.sharing.forExport(user, portfolioId);
	}

	/**
	 * One file of a live item, streamed from the store, for whoever may read that item
	 * (as for {@link #filesOf}); the caller closes it.
	 */
	public Optional<SharedDownload> openFile(SignedInUser user, long portfolioId, long evidenceId, long fileId) {
		return this.sharing.openFile(user, portfolioId, evidenceId, fileId);
	}

}
