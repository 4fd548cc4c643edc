package org.chartfolio.archive;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.chartfolio.archive.Leap2aImport.Candidate;
import org.chartfolio.archive.Leap2aImport.Note;
import org.chartfolio.archive.Leap2aImport.Source;
import org.chartfolio.archive.Leap2aImport.Task;
import org.chartfolio.archive.Leap2aPackage.FileRef;
import org.chartfolio.archive.Leap2aPackage.Opened;
import org.chartfolio.archive.Leap2aPackage.Reach;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceTransfer;
import org.chartfolio.plan.PlanTransfer;

/**
 * Makes one entry of a feed a {@link Candidate}: its text with the files it embeds, its
 * tags, date and kind, a plan's tasks and a page's parts, each held to the evidence and
 * plan forms' limits.
 */
final class Leap2aCandidates {

	private final Opened opened;

	private final Leap2aLinks links;

	private final BiFunction<String, Object[], String> say;

	private final String reader;

	/**
	 * {@code say} resolves a message key; {@code reader} is the importing person's name
	 * (no byline for their own).
	 */
	Leap2aCandidates(Opened opened, Leap2aLinks links, BiFunction<String, Object[], String> say, String reader) {
		this.opened = opened;
		this.links = links;
		this.say = say;
		this.reader = reader;
	}

	Candidate candidate(Entry entry, Source source, String from) {
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
		if (author != null && !author.isBlank()
				&& !author.strip().equalsIgnoreCase(String.valueOf(this.reader).strip())) {
			text = (text.isEmpty() ? "" : text + "\n\n")
					+ this.say.apply("leap2a.byline", new Object[] { author.strip() });
		}
		List<String> partKeys = new ArrayList<>();
		List<String> partTitles = new ArrayList<>();
		List<Task> tasks = new ArrayList<>();
		if (source == Source.PAGE) {
			for (Entry part : this.links.parts(entry)) {
				partKeys.add(key(part));
				partTitles.add(titleOf(part));
			}
		}
		if (source == Source.PLAN) {
			for (Entry part : this.links.parts(entry)) {
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

	/**
	 * The entry's content as text; embedded files the ZIP holds join the item's files and
	 * are named in it.
	 */
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
		return Leap2aText.toText(entry.content(), (ref) -> this.links.resolve(ref).map((file) -> {
			files.putIfAbsent(file.path(), file);
			return file.name();
		}), labels);
	}

	/** The journal, folder or page an entry is part of, to say where it came from. */
	private String within(Entry entry) {
		Entry parent = this.links.container(entry);
		return (parent != null) ? titleOf(parent) : null;
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

	/**
	 * The plain categories (no scheme) are the entry's tags, held to the evidence form's
	 * limits.
	 */
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

	/**
	 * The kind our own export wrote, else a guess from the files, the categories and the
	 * title.
	 */
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

	/**
	 * A web address the entry points at ({@code related} or {@code alternate}), if it is
	 * http or https.
	 */
	static Optional<String> webLink(Entry entry) {
		return entry.links()
			.stream()
			.filter((l) -> "related".equals(l.rel()) || "alternate".equals(l.rel()))
			.map(Link::href)
			.filter((h) -> h != null && h.strip().matches("(?i)^https?://\\S+$"))
			.map(String::strip)
			.filter((h) -> h.length() <= EvidenceTransfer.MAX_LINK_LENGTH)
			.findFirst();
	}

	String titleOf(Entry entry) {
		if (entry.title() != null && !entry.title().isBlank()) {
			return entry.title().strip().replaceAll("\\s+", " ");
		}
		return this.say.apply("leap2a.untitled", new Object[0]);
	}

	static String key(Entry entry) {
		return "e" + entry.index();
	}

	private static String limit(String text, int max) {
		String t = (text != null) ? text.strip() : "";
		return (t.length() > max) ? t.substring(0, max).strip() : t;
	}

}
