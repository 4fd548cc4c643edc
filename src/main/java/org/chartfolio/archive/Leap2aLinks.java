package org.chartfolio.archive;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chartfolio.archive.Leap2aFeed.Entry;
import org.chartfolio.archive.Leap2aFeed.Link;
import org.chartfolio.archive.Leap2aPackage.FileRef;
import org.chartfolio.archive.Leap2aPackage.Opened;

/**
 * How a feed's entries point at one another and at files: by id, the parts of a page or
 * plan, the plan a task belongs to, the container an entry came from, and the file a
 * reference names.
 */
final class Leap2aLinks {

	private final Opened opened;

	private final Map<String, Entry> byId = new HashMap<>();

	Leap2aLinks(Opened opened) {
		this.opened = opened;
		for (Entry entry : opened.feed().entries()) {
			if (entry.id() != null) {
				this.byId.putIfAbsent(entry.id().strip(), entry);
			}
		}
	}

	/**
	 * The file a reference names: an entry of the feed that encloses one, or a file of
	 * the ZIP itself.
	 */
	Optional<FileRef> resolve(String ref) {
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

	List<Entry> parts(Entry whole) {
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
	Optional<Entry> parentPlan(Entry entry) {
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

	/** The journal, folder or page an entry is part of, if the feed holds it. */
	Entry container(Entry entry) {
		for (Link link : entry.links("is_part_of")) {
			Entry parent = this.byId.get(strip(link.href()));
			if (parent != null) {
				return parent;
			}
		}
		return null;
	}

	private static String strip(String s) {
		return (s != null) ? s.strip() : null;
	}

}
