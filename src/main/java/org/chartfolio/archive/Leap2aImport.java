package org.chartfolio.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.chartfolio.archive.Leap2aFeed.Category;
import org.chartfolio.archive.Leap2aFeed.Entry;
import org.chartfolio.archive.Leap2aFeed.Link;
import org.chartfolio.archive.Leap2aPackage.FileRef;
import org.chartfolio.archive.Leap2aPackage.Opened;
import org.chartfolio.archive.Leap2aPackage.Reach;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.plan.PlanTransfer;

/**
 * What a checked Leap2A feed offers, as the preview shows it and the import writes it: each entry
 * Chartfolio can keep becomes a {@link Candidate} (a file, a journal post, a note, a web link, a
 * plan with its tasks, a page with its parts), held to the evidence form's limits; every other
 * entry is {@link Skipped} with the reason. Journals and folders are containers: their posts and
 * files are offered one by one, with the container named as where they came from.
 */
final class Leap2aImport {

	enum Source {
		FILE, JOURNAL_POST, NOTE, WEB_LINK, PLAN, PAGE;

		public String messageKey() {
			return "leap2a.source." + name();
		}
	}

	/** A plan's task: it may become a development-plan goal. */
	record Task(String title, String text, LocalDate target, boolean done) {
	}

	/** Something an entry lost on the way in (a tag too long, an image on another site), to tell the candidate. */
	record Note(String messageKey, List<Object> arguments) {
		public Object[] args() {
			return this.arguments.toArray();
		}
	}

	record Candidate(String key, Source source, String title, LocalDate date, List<String> tags, String from,
			String within, EvidenceKind kind, String text, String reflection, String link, List<FileRef> files,
			List<String> partKeys, List<String> partTitles, List<Task> tasks, List<Note> notes) {

		public boolean hasParts() {
			return !this.partTitles.isEmpty();
		}
	}

	record Skipped(String title, String messageKey, List<Object> arguments) {
		public Object[] args() {
			return this.arguments.toArray();
		}
	}

	record Preview(String from, String author, List<Candidate> candidates, List<Skipped> skipped) {

		public boolean hasPlans() {
			return this.candidates.stream().anyMatch((c) -> c.source() == Source.PLAN);
		}

		public boolean hasPages() {
			return this.candidates.stream().anyMatch((c) -> c.source() == Source.PAGE);
		}

		Optional<Candidate> candidate(String key) {
			return this.candidates.stream().filter((c) -> c.key().equals(key)).findFirst();
		}

	}

	private static final Set<String> CONTAINERS = Set.of("blog", "journal", "folder");

	private final Opened opened;

	private final BiFunction<String, Object[], String> say;

	private final String reader;

	private final Map<String, Entry> byId = new HashMap<>();

	/** {@code say} resolves a message key; {@code reader} is the importing person's name (no byline for their own work). */
	Leap2aImport(Opened opened, BiFunction<String, Object[], String> say, String reader) {
		this.opened = opened;
		this.say = say;
		this.reader = reader;
		for (Entry entry : opened.feed().entries()) {
			if (entry.id() != null) {
				this.byId.putIfAbsent(entry.id().strip(), entry);
			}
		}
	}

	Preview preview() {
		Leap2aFeed feed = this.opened.feed();
		String from = (feed.generator() != null && !feed.generator().isBlank()) ? feed.generator().strip()
				: this.say.apply("leap2a.from.unknown", new Object[0]);
		List<Candidate> candidates = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		for (Entry entry : feed.entries()) {
			String title = titleOf(entry);
			if (entry.category(Leap2aFeed.SECTION_SCHEME).isPresent()) {
				skipped.add(new Skipped(title, "leap2a.skip.section", List.of()));
				continue;
			}
			String type = (entry.type() != null) ? entry.type() : "";
			switch (type) {
				case "entry" -> candidates.add(candidate(entry, Source.JOURNAL_POST, from, skipped));
				case "resource" -> {
					Candidate c = resource(entry, from, skipped);
					if (c != null) {
						candidates.add(c);
					}
				}
				case "selection" -> {
					String kind = entry.category("selection_type").orElse("").toLowerCase(Locale.ROOT);
					if (CONTAINERS.contains(kind)) {
						skipped.add(new Skipped(title, "leap2a.skip.container", List.of()));
					}
					else {
						candidates.add(candidate(entry, Source.PAGE, from, skipped));
					}
				}
				case "plan" -> {
					if (parentPlan(entry).isPresent()) {
						continue;
					}
					candidates.add(candidate(entry, Source.PLAN, from, skipped));
				}
				default -> skipped.add(new Skipped(title, "leap2a.skip.type",
						List.of(type.isEmpty() ? this.say.apply("leap2a.skip.noType", new Object[0]) : type)));
			}
		}
		return new Preview(from, feed.author(), List.copyOf(candidates), List.copyOf(skipped));
	}

	/** A resource: a file when it encloses one the ZIP holds, a web link when it points elsewhere, else a note. */
	private Candidate resource(Entry entry, String from, List<Skipped> skipped) {
		List<Link> enclosures = entry.links("enclosure");
		if (enclosures.isEmpty()) {
			return candidate(entry, webLink(entry).isPresent() ? Source.WEB_LINK : Source.NOTE, from, skipped);
		}
		boolean anyFound = enclosures.stream().anyMatch((l) -> this.opened.reach(l.href()) == Reach.FOUND);
		if (!anyFound) {
			Reach reach = this.opened.reach(enclosures.get(0).href());
			String key = switch (reach) {
				case ELSEWHERE -> "leap2a.skip.fileElsewhere";
				case EMPTY -> "leap2a.skip.fileEmpty";
				default -> this.opened.zipped() ? "leap2a.skip.fileMissing" : "leap2a.skip.bareFeed";
			};
			skipped.add(new Skipped(titleOf(entry), key, List.of(String.valueOf(enclosures.get(0).href()))));
			return null;
		}
		return candidate(entry, Source.FILE, from, skipped);
	}

	private Candidate candidate(Entry entry, Source source, String from, List<Skipped> skipped) {
		List<Note> notes = new ArrayList<>();
		Map<String, FileRef> files = new LinkedHashMap<>();
		for (Link link : entry.links("enclosure")) {
			this.opened.file(link.href()).ifPresent((f) -> files.put(f.path(), f));
		}
		for (Link link : entry.links("enclosure")) {
			Reach reach = this.opened.reach(link.href());
			if (reach != Reach.FOUND) {
				notes.add(new Note("leap2a.note.fileLeftOut", List.of(String.valueOf(link.href()))));
			}
		}
		String text = text(entry, files, notes);
		String author = (entry.author() != null) ? entry.author() : this.opened.feed().author();
		if (author != null && !author.isBlank() && !author.strip().equalsIgnoreCase(String.valueOf(this.reader).strip())) {
			text = (text.isEmpty() ? "" : text + "\n\n") + this.say.apply("leap2a.byline", new Object[] { author.strip() });
		}
		List<String> partKeys = new ArrayList<>();
		List<String> partTitles = new ArrayList<>();
		List<Task> tasks = new ArrayList<>();
		if (source == Source.PAGE) {
			for (Entry part : parts(entry)) {
				partKeys.add(key(part));
				partTitles.add(titleOf(part));
			}
		}
		if (source == Source.PLAN) {
			for (Entry part : parts(entry)) {
				if ("plan".equals(part.type())) {
					tasks.add(new Task(limit(titleOf(part), PlanTransfer.MAX_TITLE_LENGTH),
							limit(text(part, new LinkedHashMap<>(), new ArrayList<>()), PlanTransfer.MAX_TEXT_LENGTH),
							part.date("target").flatMap(Leap2aFeed::day).orElse(null), done(part)));
				}
			}
		}
		String title = titleOf(entry);
		if (title.length() > EvidenceTransfer.MAX_TITLE_LENGTH) {
			notes.add(new Note("leap2a.note.titleShortened", List.of(EvidenceTransfer.MAX_TITLE_LENGTH)));
			title = title.substring(0, EvidenceTransfer.MAX_TITLE_LENGTH).strip();
		}
		if (text.length() > EvidenceTransfer.MAX_TEXT_LENGTH) {
			notes.add(new Note("leap2a.note.textShortened", List.of(EvidenceTransfer.MAX_TEXT_LENGTH)));
			text = text.substring(0, EvidenceTransfer.MAX_TEXT_LENGTH).strip();
		}
		String reflection = (entry.summary() != null) ? limit(entry.summary(), EvidenceTransfer.MAX_TEXT_LENGTH) : "";
		return new Candidate(key(entry), source, title, date(entry), tags(entry, notes), from, within(entry),
				kind(entry, source, files.values()), text, reflection, webLink(entry).orElse(null),
				List.copyOf(files.values()), List.copyOf(partKeys), List.copyOf(partTitles), List.copyOf(tasks),
				List.copyOf(notes));
	}

	/** The entry's content as text; embedded files the ZIP holds join the item's files and are named in it. */
	private String text(Entry entry, Map<String, FileRef> files, List<Note> notes) {
		if (entry.content() == null) {
			return "";
		}
		if ("text".equals(entry.contentType())) {
			return entry.content().strip();
		}
		Leap2aText.Labels labels = new Leap2aText.Labels(
				(name) -> this.say.apply("leap2a.text.image", new Object[] { name }),
				(name) -> this.say.apply("leap2a.text.file", new Object[] { name }), (what) -> {
					notes.add(new Note("leap2a.note.imageElsewhere", List.of(what)));
					return this.say.apply("leap2a.text.imageElsewhere", new Object[] { what });
				});
		return Leap2aText.toText(entry.content(), (ref) -> resolve(ref).map((file) -> {
			files.putIfAbsent(file.path(), file);
			return file.name();
		}), labels);
	}

	/** The file a reference names: an entry of the feed that encloses one, or a file of the ZIP itself. */
	private Optional<FileRef> resolve(String ref) {
		Entry target = this.byId.get(ref.strip());
		if (target != null) {
			for (Link link : target.links("enclosure")) {
				Optional<FileRef> file = this.opened.file(link.href());
				if (file.isPresent()) {
					return file;
				}
			}
			return Optional.empty();
		}
		return this.opened.file(ref);
	}

	private List<Entry> parts(Entry whole) {
		Set<Entry> parts = new LinkedHashSet<>();
		for (Link link : whole.links("has_part")) {
			Entry part = (link.href() != null) ? this.byId.get(link.href().strip()) : null;
			if (part != null && part != whole) {
				parts.add(part);
			}
		}
		String id = (whole.id() != null) ? whole.id().strip() : null;
		if (id != null) {
			for (Entry entry : this.opened.feed().entries()) {
				if (entry != whole && entry.links("is_part_of").stream().anyMatch((l) -> id.equals(strip(l.href())))) {
					parts.add(entry);
				}
			}
		}
		return List.copyOf(parts);
	}

	/** The plan a plan entry is a task of, if any. */
	private Optional<Entry> parentPlan(Entry entry) {
		for (Link link : entry.links("is_part_of")) {
			Entry parent = this.byId.get(strip(link.href()));
			if (parent != null && "plan".equals(parent.type())) {
				return Optional.of(parent);
			}
		}
		String id = strip(entry.id());
		return this.opened.feed()
			.entries()
			.stream()
			.filter((e) -> e != entry && "plan".equals(e.type()))
			.filter((e) -> e.links("has_part").stream().anyMatch((l) -> id != null && id.equals(strip(l.href()))))
			.findFirst();
	}

	/** The journal, folder or page an entry is part of, to say where it came from. */
	private String within(Entry entry) {
		for (Link link : entry.links("is_part_of")) {
			Entry parent = this.byId.get(strip(link.href()));
			if (parent != null) {
				return titleOf(parent);
			}
		}
		return null;
	}

	private static boolean done(Entry task) {
		return task.date("end").isPresent() || task.categories()
			.stream()
			.anyMatch((c) -> c.term().equalsIgnoreCase("completed") || c.term().equalsIgnoreCase("done"));
	}

	private static LocalDate date(Entry entry) {
		return entry.date("start")
			.flatMap(Leap2aFeed::day)
			.or(() -> Leap2aFeed.day(entry.published()))
			.filter((d) -> !d.isBefore(ArchiveRules.EARLIEST_DAY))
			.orElse(null);
	}

	/** The plain categories (no scheme) are the entry's tags, held to the evidence form's limits. */
	private static List<String> tags(Entry entry, List<Note> notes) {
		Set<String> tags = new LinkedHashSet<>();
		int length = 0;
		for (Category category : entry.categories()) {
			if (category.scheme() != null) {
				continue;
			}
			String tag = category.term().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (tag.isEmpty() || tags.contains(tag)) {
				continue;
			}
			if (tag.length() > EvidenceTransfer.MAX_TAG_LENGTH
					|| length + tag.length() + 2 > EvidenceTransfer.MAX_TAGS_LENGTH) {
				notes.add(new Note("leap2a.note.tagLeftOut",
						List.of(tag.substring(0, Math.min(tag.length(), 40)), EvidenceTransfer.MAX_TAG_LENGTH)));
				continue;
			}
			tags.add(tag);
			length += tag.length() + 2;
		}
		return List.copyOf(tags);
	}

	/** The kind our own export wrote, else a guess from the files, the categories and the title. */
	private static EvidenceKind kind(Entry entry, Source source, java.util.Collection<FileRef> files) {
		Optional<EvidenceKind> own = entry.category(Leap2aFeed.KIND_SCHEME).flatMap((term) -> {
			try {
				return Optional.of(EvidenceKind.valueOf(term.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
		if (own.isPresent()) {
			return own.get();
		}
		switch (source) {
			case JOURNAL_POST, NOTE, PLAN, PAGE:
				return EvidenceKind.NOTE;
			case WEB_LINK:
				return EvidenceKind.WEB_PAGE;
			default:
				break;
		}
		StringBuilder words = new StringBuilder(String.valueOf(entry.title()).toLowerCase(Locale.ROOT));
		entry.categories().forEach((c) -> words.append(' ').append(c.term().toLowerCase(Locale.ROOT)));
		if (words.indexOf("certificate") >= 0) {
			return EvidenceKind.CERTIFICATE;
		}
		if (words.indexOf("minutes") >= 0) {
			return EvidenceKind.MINUTES;
		}
		if (words.indexOf("feedback") >= 0 || words.indexOf("testimonial") >= 0) {
			return EvidenceKind.FEEDBACK;
		}
		if (!files.isEmpty() && files.stream().allMatch((f) -> f.type().startsWith("image/"))) {
			return EvidenceKind.PHOTO;
		}
		return EvidenceKind.DOCUMENT;
	}

	/** A web address the entry points at ({@code related} or {@code alternate}), if it is http or https. */
	private static Optional<String> webLink(Entry entry) {
		return entry.links()
			.stream()
			.filter((l) -> "related".equals(l.rel()) || "alternate".equals(l.rel()))
			.map(Link::href)
			.filter((h) -> h != null && h.strip().matches("(?i)^https?://\\S+$"))
			.map(String::strip)
			.filter((h) -> h.length() <= EvidenceTransfer.MAX_LINK_LENGTH)
			.findFirst();
	}

	private String titleOf(Entry entry) {
		if (entry.title() != null && !entry.title().isBlank()) {
			return entry.title().strip().replaceAll("\\s+", " ");
		}
		return this.say.apply("leap2a.untitled", new Object[0]);
	}

	static String key(Entry entry) {
		return "e" + entry.index();
	}

	private static String strip(String s) {
		return (s != null) ? s.strip() : null;
	}

	private static String limit(String text, int max) {
		String t = (text != null) ? text.strip() : "";
		return (t.length() > max) ? t.substring(0, max).strip() : t;
	}

}
