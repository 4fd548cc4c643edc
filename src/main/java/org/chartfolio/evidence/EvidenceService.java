package org.chartfolio.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioService;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and reading evidence. Every call checks, through {@link PortfolioAccess}, that the person
 * may read or write the portfolio; an item or file the person may not see is answered like one
 * that does not exist.
 */
@Service
public class EvidenceService {

	/** How long an item stays in the bin, restorable with its number. */
	static final Duration BIN_KEEPS = Duration.ofDays(30);

	static final int PAGE_SIZE = 50;

	private final EvidenceItems items;

	private final EvidenceFiles files;

	private final EvidenceNumbering numbering;

	private final FileIntake intake;

	private final FileStore store;

	private final PortfolioAccess access;

	private final PortfolioService portfolios;

	private final List<CitationLookup> citationLookups;

	private final JdbcClient jdbc;

	private final Clock clock;

	EvidenceService(EvidenceItems items, EvidenceFiles files, EvidenceNumbering numbering, FileIntake intake,
			FileStore store, PortfolioAccess access, PortfolioService portfolios, List<CitationLookup> citationLookups,
			JdbcClient jdbc, Clock clock) {
		this.items = items;
		this.files = files;
		this.numbering = numbering;
		this.intake = intake;
		this.store = store;
		this.access = access;
		this.portfolios = portfolios;
		this.citationLookups = List.copyOf(citationLookups);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What describes an evidence item; everything but the title may be left empty. */
	public record EvidenceDetails(String title, EvidenceKind kind, LocalDate activityDate, String description,
			String reflection, String link, Set<String> tags) {
	}

	@Transactional
	public EvidenceSummary add(SignedInUser user, long portfolioId, EvidenceDetails details) {
		return create(user, portfolioId, details, List.of());
	}

	/** The portfolio's evidence, not in the bin, in number order. */
	@Transactional(readOnly = true)
	public List<EvidenceSummary> list(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLive(portfolio.id()).stream().map(EvidenceItem::toSummary).toList();
	}

	/** A live item, with whether it says what it is and what it shows (for readiness). */
	public record DescribedItem(EvidenceSummary item, boolean described, boolean explained) {

		/** Whether an assessor would find it bare: no description, no "what this shows" or no date. */
		public boolean bare() {
			return !this.described || !this.explained || this.item.activityDate() == null;
		}

	}

	/** The portfolio's evidence, not in the bin, in number order, each with what it says of itself. */
	@Transactional(readOnly = true)
	public List<DescribedItem> listDescribed(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLive(portfolio.id())
			.stream()
			.map((item) -> new DescribedItem(item.toSummary(), item.hasDescription(), item.hasReflection()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<EvidenceSummary> byNumber(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLiveByNumber(portfolio.id(), number).map(EvidenceItem::toSummary);
	}

	/** The live items with these numbers, by number; numbers with no live item are absent. */
	@Transactional(readOnly = true)
	public Map<Integer, EvidenceSummary> byNumbers(SignedInUser user, long portfolioId, Collection<Integer> numbers) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		if (numbers.isEmpty()) {
			return Map.of();
		}
		return this.items.findLiveByNumbers(portfolio.id(), numbers)
			.stream()
			.map(EvidenceItem::toSummary)
			.collect(Collectors.toMap(EvidenceSummary::number, Function.identity()));
	}

	/** How many items the portfolio has, not counting the bin. */
	@Transactional(readOnly = true)
	public long countLive(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.countLive(portfolio.id());
	}

	/**
	 * How many live items the portfolio has and when an item last changed (added, edited, put in or
	 * taken out of the bin), for anybody who sees its progress: numbers only, never an item.
	 */
	@Transactional(readOnly = true)
	public EvidenceProgress progress(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.progressVisible(user, portfolioId);
		return this.jdbc
			.sql("select count(*) filter (where deleted_at is null) as live, "
					+ "greatest(max(updated_at), max(deleted_at)) as last_changed "
					+ "from evidence_item where portfolio_id = :portfolio")
			.param("portfolio", portfolio.id())
			.query((row, n) -> {
				java.sql.Timestamp last = row.getTimestamp("last_changed");
				return new EvidenceProgress(row.getLong("live"), (last != null) ? last.toInstant() : null);
			})
			.single();
	}

	/** The most recently added live items, newest first. */
	@Transactional(readOnly = true)
	public List<EvidenceSummary> recent(SignedInUser user, long portfolioId, int limit) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		if (limit < 1) {
			return List.of();
		}
		return this.items.findRecent(portfolio.id(), PageRequest.of(0, limit))
			.stream()
			.map(EvidenceItem::toSummary)
			.toList();
	}

	/** An item added or changed after some moment; {@code added} when it did not exist before it. */
	public record EvidenceChange(EvidenceSummary item, boolean added, Instant changedAt) {
	}

	/** The live items added or changed after {@code since}, in number order, in one query. */
	@Transactional(readOnly = true)
	public List<EvidenceChange> changesSince(SignedInUser user, long portfolioId, Instant since) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findLiveChangedSince(portfolio.id(), since)
			.stream()
			.map((item) -> new EvidenceChange(item.toSummary(), item.getCreatedAt().isAfter(since), item.getUpdatedAt()))
			.toList();
	}

	/** The items in the bin that can still be restored, most recently deleted first. */
	@Transactional(readOnly = true)
	public List<BinnedEvidence> binned(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.items.findBinnedSince(portfolio.id(), this.clock.instant().minus(BIN_KEEPS))
			.stream()
			.map((item) -> new BinnedEvidence(item.getId(), item.getNumber(), item.getTitle(), item.getKind(),
					item.getDeletedAt(), item.getDeletedAt().plus(BIN_KEEPS)))
			.toList();
	}

	/** Takes an item out of the bin with the number it had; refused once it has been there 30 days. */
	@Transactional
	public EvidenceSummary restore(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Instant now = this.clock.instant();
		EvidenceItem item = this.items.findBinnedSince(portfolio.id(), number, now.minus(BIN_KEEPS))
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		item.restore(now);
		return item.toSummary();
	}

	/** A file to keep with new evidence: its name as given, its size, and where to read it from. */
	public record IncomingFile(String name, long size, InputStreamSource content) {
	}

	/**
	 * Adds an item with its files, for other modules (the demo, imports). The files go through the
	 * same checks as an upload; a refused file refuses the whole item.
	 */
	@Transactional
	public EvidenceSummary add(SignedInUser user, long portfolioId, EvidenceDetails details, List<IncomingFile> files) {
		return create(user, portfolioId, details,
				files.stream().map((file) -> new Upload(file.name(), file.size(), file.content())).toList());
	}

	@Transactional
	EvidenceSummary create(SignedInUser user, long portfolioId, EvidenceDetails details, List<Upload> uploads) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		Instant now = this.clock.instant();
		EvidenceItem item = new EvidenceItem(portfolio.id(), nextFreeNumber(portfolio.id()), details.title(),
				details.kind(), now);
		item.describe(details.title(), details.kind(), details.activityDate(), details.description(),
				details.reflection(), details.link(), details.tags(), now);
		EvidenceItem saved = this.items.save(item);
		keepFiles(saved, uploads, now);
		return saved.toSummary();
	}

	/** One title and a file or a note, from the quick capture form on any portfolio page. */
	@Transactional
	EvidenceSummary capture(SignedInUser user, long portfolioId, String title, String note, Upload upload) {
		boolean hasFile = upload != null && !upload.isEmpty();
		EvidenceKind kind = EvidenceKind.NOTE;
		if (hasFile) {
			kind = EvidenceKind.DOCUMENT;
		}
		EvidenceSummary summary = create(user, portfolioId,
				new EvidenceDetails(title, kind, null, note, null, null, Set.of()), hasFile ? List.of(upload) : List.of());
		if (hasFile && this.files.viewsOf(List.of(summary.id())).stream().allMatch(EvidenceFileView::isImage)) {
			EvidenceItem item = this.items.findById(summary.id()).orElseThrow();
			item.describe(item.getTitle(), EvidenceKind.PHOTO, null, item.getDescription(), "", null, Set.of(),
					this.clock.instant());
			return item.toSummary();
		}
		return summary;
	}

	/**
	 * Saves the edit form. {@code expectedVersion} is the version the form was opened at: if the
	 * item was saved since, nothing is changed and {@link EvidenceChangedException} says so.
	 */
	@Transactional
	EvidenceSummary update(SignedInUser user, long portfolioId, int number, long expectedVersion,
			EvidenceDetails details, Integer newNumber, List<Upload> uploads) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		EvidenceItem item = this.items.findLiveByNumber(portfolio.id(), number)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		if (item.getVersion() != expectedVersion) {
			throw new EvidenceChangedException(item.getVersion());
		}
		Instant now = this.clock.instant();
		if (newNumber != null && newNumber != item.getNumber()) {
			if (newNumber < 1) {
				throw new EvidenceProblem("number", "evidence.number.invalid");
			}
			if (this.items.numberTaken(portfolio.id(), newNumber)) {
				throw new EvidenceProblem("number", "evidence.number.taken", "E" + newNumber);
			}
			item.renumber(newNumber, now);
		}
		item.describe(details.title(), details.kind(), details.activityDate(), details.description(),
				details.reflection(), details.link(), details.tags(), now);
		keepFiles(item, uploads, now);
		return item.toSummary();
	}

	@Transactional
	EvidenceSummary moveToBin(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		EvidenceItem item = this.items.findLiveByNumber(portfolio.id(), number)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		item.moveToBin(this.clock.instant());
		return item.toSummary();
	}

	/** One page of the list: a fixed number of queries whatever the number of items. */
	@Transactional(readOnly = true)
	EvidenceViews.ListPage page(SignedInUser user, long portfolioId, EvidenceViews.Filter filter, int page) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		List<Long> ids = matchingIds(portfolio.id(), filter);
		if (filter.usesCitations() && !ids.isEmpty()) {
			Map<Long, List<CitationLookup.Citation>> citations = citationsOf(portfolio.id(), ids);
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
						item.getTitle(), item.getKind(), item.getActivityDate(), sortedTags(item),
						filesByItem.getOrDefault(item.getId(), List.of()))));
		}
		return new EvidenceViews.ListPage(listItems, current, totalPages, ids.size(), tagsInUse(portfolio.id()),
				criteria(user, portfolio.id()));
	}

	@Transactional(readOnly = true)
	EvidenceViews.Details details(SignedInUser user, long portfolioId, int number) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		EvidenceItem item = this.items.findLiveWithTags(portfolio.id(), number)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		List<CitationLookup.Citation> citations = citationsOf(portfolio.id(), List.of(item.getId()))
			.getOrDefault(item.getId(), List.of());
		return new EvidenceViews.Details(item.getId(), item.getNumber(), item.getTitle(), item.getKind(),
				item.getActivityDate(), item.getDescription(), item.getReflection(), item.getLink(), sortedTags(item),
				this.files.viewsOf(List.of(item.getId())), citations, item.getVersion());
	}

	/** A file of a live item, streamed from the store. */
	@Transactional(readOnly = true)
	EvidenceViews.Download download(SignedInUser user, long portfolioId, int number, long fileId) {
		EvidenceFile file = fileOf(user, portfolioId, number, fileId);
		java.io.InputStream content = this.store.open(file.getContentKey())
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return new EvidenceViews.Download(FileIntake.nameFor(file.getOriginalName(), file.getContentType()), file.getContentType(), file.getSizeBytes(), content);
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

	/** The portfolio's live items that have at least one file, in number order: what can be sent as a CV. */
	@Transactional(readOnly = true)
	public List<EvidenceSummary> withFiles(SignedInUser user, long portfolioId) {
		List<EvidenceSummary> live = list(user, portfolioId);
		if (live.isEmpty()) {
			return List.of();
		}
		Set<Long> withFile = this.files.viewsOf(live.stream().map(EvidenceSummary::id).toList())
			.stream()
			.map(EvidenceFileView::evidenceId)
			.collect(Collectors.toSet());
		return live.stream().filter((item) -> withFile.contains(item.id())).toList();
	}

	/** A file of an item as another module lists it, without its contents. */
	public record SharedFile(long id, String name, String contentType, long size) {

		/** The size as people read it: 812 B, 14 KB, 3.2 MB. */
		public String readableSize() {
			return EvidenceFileView.readable(this.size);
		}

		/** Whether a page can show the file as it is, in the page itself: a photo or a text file. */
		public boolean showsInAPage() {
			return showsInAPage(this.contentType);
		}

		/** Whether a page can show a file of this (detected) type in the page itself: an image or text. */
		public static boolean showsInAPage(String contentType) {
			return contentType.startsWith("image/") || contentType.startsWith("text/");
		}

	}

	/** A file's contents on their way to somebody another module let see them; the caller closes the stream. */
	public record SharedDownload(String name, String contentType, long size, java.io.InputStream content) {
	}

	/**
	 * The files of a live item of the portfolio, without their contents, for whoever may read that item:
	 * whoever reads the portfolio, or somebody the permission table lets see this one item (the mentor
	 * a candidate sent it to as their CV). Empty when the item is not a live item of that portfolio.
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
	 * The files of the portfolio's live items, without their contents, by item id, in one query, for
	 * whoever reads the portfolio; items with no file are absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<SharedFile>> filesOfLiveItems(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		return this.files.viewsOfLive(portfolio.id())
			.stream()
			.collect(Collectors.groupingBy(EvidenceFileView::evidenceId, Collectors.mapping(
					(file) -> new SharedFile(file.id(), file.name(), file.contentType(), file.size()), Collectors.toList())));
	}

	/**
	 * An item with everything the submission export prints: its details, its files (without their
	 * contents) and every place it is cited.
	 */
	public record ExportedItem(EvidenceSummary summary, String description, String reflection, String link,
			List<String> tags, List<SharedFile> files, List<CitationLookup.Citation> citations) {
	}

	/** The portfolio's live items in number order, for whoever may read it, in a fixed number of queries. */
	@Transactional(readOnly = true)
	public List<ExportedItem> forExport(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		List<Long> ids = this.items.findLive(portfolio.id()).stream().map(EvidenceItem::getId).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<SharedFile>> filesByItem = this.files.viewsOf(ids)
			.stream()
			.collect(Collectors.groupingBy(EvidenceFileView::evidenceId, Collectors.mapping(
					(file) -> new SharedFile(file.id(), file.name(), file.contentType(), file.size()), Collectors.toList())));
		Map<Long, List<CitationLookup.Citation>> citations = citationsOf(portfolio.id(), ids);
		return this.items.findWithTags(ids)
			.stream()
			.sorted(Comparator.comparingInt(EvidenceItem::getNumber))
			.map((item) -> new ExportedItem(item.toSummary(), item.getDescription(), item.getReflection(),
					item.getLink(), sortedTags(item), filesByItem.getOrDefault(item.getId(), List.of()),
					citations.getOrDefault(item.getId(), List.of())))
			.toList();
	}

	/**
	 * One file of a live item, streamed from the store, for whoever may read that item (as for
	 * {@link #filesOf}); the caller closes it.
	 */
	@Transactional(readOnly = true)
	public Optional<SharedDownload> openFile(SignedInUser user, long portfolioId, long evidenceId, long fileId) {
		PortfolioRef portfolio = this.access.evidenceReadable(user, portfolioId, evidenceId);
		return liveItem(portfolio.id(), evidenceId).flatMap((item) -> this.files.findOf(item.getId(), fileId))
			.flatMap((file) -> this.store.open(file.getContentKey())
				.map((content) -> new SharedDownload(FileIntake.nameFor(file.getOriginalName(), file.getContentType()), file.getContentType(), file.getSizeBytes(),
						content)));
	}

	private Optional<EvidenceItem> liveItem(long portfolioId, long evidenceId) {
		return this.items.findById(evidenceId)
			.filter((item) -> item.getPortfolioId() == portfolioId && !item.isInBin());
	}

	String maxFileSize() {
		return FileIntake.readable(this.intake.maxFileSize());
	}

	private EvidenceFile fileOf(SignedInUser user, long portfolioId, int number, long fileId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		EvidenceItem item = this.items.findLiveByNumber(portfolio.id(), number)
			.orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
		return this.files.findOf(item.getId(), fileId).orElseThrow(() -> new PortfolioNotFoundException(portfolioId));
	}

	private void keepFiles(EvidenceItem item, List<Upload> uploads, Instant now) {
		for (Upload upload : uploads) {
			if (upload != null && !upload.isEmpty()) {
				this.files.save(new EvidenceFile(item.getId(), this.intake.keep(upload), now));
			}
		}
	}

	/**
	 * The next number from the counter that no item has: a candidate may have renumbered an item
	 * to a number the counter has not reached yet.
	 */
	private int nextFreeNumber(long portfolioId) {
		int number = this.numbering.next(portfolioId);
		while (this.items.numberTaken(portfolioId, number)) {
			number = this.numbering.next(portfolioId);
		}
		return number;
	}

	private List<Long> matchingIds(long portfolioId, EvidenceViews.Filter filter) {
		StringBuilder sql = new StringBuilder(
				"select e.id from evidence_item e where e.portfolio_id = :portfolio and e.deleted_at is null");
		Map<String, Object> params = new HashMap<>();
		params.put("portfolio", portfolioId);
		if (filter.kind() != null) {
			sql.append(" and e.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.tag() != null && !filter.tag().isBlank()) {
			sql.append(" and exists (select 1 from evidence_tag t where t.evidence_id = e.id and t.tag = :tag)");
			params.put("tag", EvidenceItem.normaliseTag(filter.tag()));
		}
		sql.append(" order by e.number");
		return this.jdbc.sql(sql.toString()).params(params).query(Long.class).list();
	}

	private List<String> tagsInUse(long portfolioId) {
		return this.jdbc
			.sql("select distinct t.tag from evidence_tag t join evidence_item e on e.id = t.evidence_id "
					+ "where e.portfolio_id = :portfolio and e.deleted_at is null order by t.tag")
			.param("portfolio", portfolioId)
			.query(String.class)
			.list();
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

	/** What every citation lookup says, merged; with none, nothing is cited. */
	private Map<Long, List<CitationLookup.Citation>> citationsOf(long portfolioId, List<Long> ids) {
		Map<Long, List<CitationLookup.Citation>> merged = new LinkedHashMap<>();
		for (CitationLookup lookup : this.citationLookups) {
			lookup.citationsOf(portfolioId, ids)
				.forEach((id, citations) -> merged.computeIfAbsent(id, (key) -> new ArrayList<>())
					.addAll(citations.stream().filter(Objects::nonNull).toList()));
		}
		return merged;
	}

	private static List<String> sortedTags(EvidenceItem item) {
		return item.getTags().stream().sorted().toList();
	}

}
