package org.chartfolio.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A Leap2A feed as read: the Atom feed's generator and author, and its entries with the
 * Leap2A terms that matter here already reduced to their local names
 * ({@code leap2:has_part} and {@code http://terms.leapspecs.org/has_part} are both
 * {@code has_part}). Nothing in it is trusted yet.
 */
record Leap2aFeed(String generator, String author, List<Entry> entries) {

	/** The Leap2A namespaces of the 2010-07 specification. */
	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

	static final String LEAP2 = "http://terms.leapspecs.org/";

	static final String CATEGORIES = "http://wiki.leapspecs.org/2A/categories/";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	static final String VERSION = "http://www.leapspecs.org/2010-07/2A/";

	/**
	 * Chartfolio's own scheme for an evidence item's kind, so that our export reads back
	 * as it was.
	 */
	static final String KIND_SCHEME = "urn:chartfolio:leap2a:evidence_kind";

	/** Chartfolio's own scheme marking a written section, which is not evidence. */
	static final String SECTION_SCHEME = "urn:chartfolio:leap2a:section";

	/**
	 * An entry; {@code type} is the local name of its {@code rdf:type} ({@code entry},
	 * {@code resource}, {@code selection}, {@code plan}, ...), {@code contentType} Atom's
	 * {@code text}, {@code html} or {@code xhtml} (for xhtml, {@code content} holds the
	 * markup of the content's children).
	 */
	record Entry(int index, String id, String title, String type, String published, String updated, String author,
			String contentType, String content, String summary, List<Category> categories, List<Link> links,
			List<DatePoint> dates) {

		List<Link> links(String rel) {
			return this.links.stream().filter((link) -> rel.equals(link.rel())).toList();
		}

		Optional<String> category(String scheme) {
			return this.categories.stream().filter((c) -> scheme.equals(c.scheme())).map(Category::term).findFirst();
		}

		Optional<String> date(String point) {
			return this.dates.stream().filter((d) -> point.equals(d.point())).map(DatePoint::value).findFirst();
		}

	}

	/**
	 * A category; {@code scheme} is reduced to its local name for the Leap2A schemes,
	 * null for a plain tag.
	 */
	record Category(String term, String scheme) {
	}

	/**
	 * A link; {@code rel} reduced to its local name for Leap2A relationships;
	 * {@code title} Atom's, for an enclosure the file's name.
	 */
	record Link(String rel, String href, String type, String length, String title) {
	}

	/**
	 * A {@code leap2:date} with its {@code leap2:point} ({@code start}, {@code end},
	 * {@code target}).
	 */
	record DatePoint(String point, String value) {
	}

	/** The day a date or date-time written in the feed falls on (UTC), if it is one. */
	static Optional<LocalDate> day(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String v = value.strip();
		try {
			return Optional.of(OffsetDateTime.parse(v).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
		}
		catch (DateTimeParseException ex) {
			// A plain day, as leap2:date often is.
		}
		try {
			return Optional.of(Instant.parse(v).atZone(ZoneOffset.UTC).toLocalDate());
		}
		catch (DateTimeParseException ex) {
			// Neither: try a day.
		}
		try {
			return Optional.of(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The local name of a Leap2A term written as a CURIE, a full URI or Mahara's old
	 * {@code leaptype:} prefix.
	 */
	static String local(String term, String namespace, String... prefixes) {
		if (term == null) {
			return null;
		}
		String t = term.strip();
		if (t.startsWith(namespace)) {
			return t.substring(namespace.length());
		}
		for (String prefix : prefixes) {
			if (t.startsWith(prefix)) {
				return t.substring(prefix.length());
			}
		}
		return t;
	}

}
