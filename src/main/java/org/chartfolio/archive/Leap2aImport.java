package org.chartfolio.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.chartfolio.archive.Leap2aFeed.Entry;
import org.chartfolio.archive.Leap2aFeed.Link;
import org.chartfolio.archive.Leap2aPackage.FileRef;
import org.chartfolio.archive.Leap2aPackage.Opened;
import org.chartfolio.archive.Leap2aPackage.Reach;
import org.chartfolio.evidence.EvidenceKind;

/**
 * What a checked Leap2A feed offers, as the preview shows it and the import writes it:
 * each entry Chartfolio can keep becomes a {@link Candidate} (a file, a journal post, a
 * note, a web link, a plan with its tasks, a page with its parts), held to the evidence
 * form's limits; every other entry is {@link Skipped} with the reason. Journals and
 * folders are containers: their posts and files are offered one by one, with the
 * container named as where they came from.
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

	/**
	 * Something an entry lost on the way in (a tag too long, an image on another site),
	 * to tell the candidate.
	 */
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

	private final Leap2aLinks links;

	private final Leap2aCandidates entries;

	/**
	 * {@code say} resolves a message key; {@code reader} is the importing person's name
	 * (no byline for their own work).
	 */
	Leap2aImport(Opened opened, BiFunction<String, Object[], String> say, String reader) {
		this.opened = opened;
		this.say = say;
		this.links = new Leap2aLinks(opened);
		this.entries = new Leap2aCandidates(opened, this.links, say, reader);
	}

	Preview preview() {
		Leap2aFeed feed = this.opened.feed();
		String from = (feed.generator() != null && !feed.generator().isBlank()) ? feed.generator().strip()
				: this.say.apply("leap2a.from.unknown", new Object[0]);
		List<Candidate> candidates = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		for (Entry entry : feed.entries()) {
			String title = this.entries.titleOf(entry);
			if (entry.category(Leap2aFeed.SECTION_SCHEME).isPresent()) {
				skipped.add(new Skipped(title, "leap2a.skip.section", List.of()));
				continue;
			}
			String type = (entry.type() != null) ? entry.type() : "";
			switch (type) {
				case "entry" -> candidates.add(this.entries.candidate(entry, Source.JOURNAL_POST, from));
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
						candidates.add(this.entries.candidate(entry, Source.PAGE, from));
					}
				}
				case "plan" -> {
					if (this.links.parentPlan(entry).isPresent()) {
						continue;
					}
					candidates.add(this.entries.candidate(entry, Source.PLAN, from));
				}
				default -> skipped.add(new Skipped(title, "leap2a.skip.type",
						List.of(type.isEmpty() ? this.say.apply("leap2a.skip.noType", new Object[0]) : type)));
			}
		}
		return new Preview(from, feed.author(), List.copyOf(candidates), List.copyOf(skipped));
	}

	/**
	 * A resource: a file when it encloses one the ZIP holds, a web link when it points
	 * elsewhere, else a note.
	 */
	private Candidate resource(Entry entry, String from, List<Skipped> skipped) {
		List<Link> enclosures = entry.links("enclosure");
		if (enclosures.isEmpty()) {
			Source source = Leap2aCandidates.webLink(entry).isPresent() ? Source.WEB_LINK : Source.NOTE;
			return this.entries.candidate(entry, source, from);
		}
		boolean anyFound = enclosures.stream().anyMatch((l) -> this.opened.reach(l.href()) == Reach.FOUND);
		if (!anyFound) {
			Reach reach = this.opened.reach(enclosures.get(0).href());
			String key = switch (reach) {
				case ELSEWHERE -> "leap2a.skip.fileElsewhere";
				case EMPTY -> "leap2a.skip.fileEmpty";
				default -> this.opened.zipped() ? "leap2a.skip.fileMissing" : "leap2a.skip.bareFeed";
			};
			skipped
				.add(new Skipped(this.entries.titleOf(entry), key, List.of(String.valueOf(enclosures.get(0).href()))));
			return null;
		}
		return this.entries.candidate(entry, Source.FILE, from);
	}

}
