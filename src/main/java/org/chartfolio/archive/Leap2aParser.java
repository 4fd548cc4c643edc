package org.chartfolio.archive;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.chartfolio.archive.Leap2aFeed.Category;
import org.chartfolio.archive.Leap2aFeed.DatePoint;
import org.chartfolio.archive.Leap2aFeed.Entry;
import org.chartfolio.archive.Leap2aFeed.Link;
import org.chartfolio.system.Refusal;

/**
 * Reads {@code leap2a.xml} as a stream (StAX), one event at a time, never as a tree.
 * Nothing the file declares is acted on: DTDs and external entities are switched off in
 * the factory, and a document that carries a DOCTYPE or an entity reference at all is
 * refused (that is how an XXE or a billion-laughs file shows itself). The nesting depth,
 * the number of events, the number of entries and the length of each text are bounded, so
 * a hostile feed cannot make the records it becomes large: {@link Leap2aXml} makes the
 * factory and bounds the events; this class reads Atom and Leap2A into records.
 */
final class Leap2aParser {

	static final int MAX_ENTRIES = 10_000;

	private final long maxEvents;

	Leap2aParser(long maxEvents) {
		this.maxEvents = maxEvents;
	}

	Leap2aFeed read(InputStream in) {
		XMLStreamReader xml = null;
		try {
			xml = Leap2aXml.factory().createXMLStreamReader(in);
			return new Walk(xml).feed();
		}
		catch (XMLStreamException ex) {
			throw new Refusal("leap2a.import.badXml");
		}
		finally {
			if (xml != null) {
				try {
					xml.close();
				}
				catch (XMLStreamException ex) {
					// Already refused or read.
				}
			}
		}
	}

	private final class Walk {

		private final XMLStreamReader xml;

		private final Leap2aXml events;

		Walk(XMLStreamReader xml) {
			this.xml = xml;
			this.events = new Leap2aXml(xml, Leap2aParser.this.maxEvents);
		}

		Leap2aFeed feed() throws XMLStreamException {
			int event = this.xml.getEventType();
			while (event != XMLStreamConstants.START_ELEMENT) {
				if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new Refusal("leap2a.import.dtd");
				}
				if (event == XMLStreamConstants.END_DOCUMENT) {
					throw new Refusal("leap2a.import.notLeap2a");
				}
				event = this.xml.next();
			}
			this.events.atRoot();
			if (!"feed".equals(this.xml.getLocalName()) || !Leap2aFeed.ATOM.equals(this.xml.getNamespaceURI())) {
				throw new Refusal("leap2a.import.notLeap2a");
			}
			String generator = null;
			String author = null;
			List<Entry> entries = new ArrayList<>();
			while ((event = this.events.next()) != XMLStreamConstants.END_DOCUMENT) {
				if (event == XMLStreamConstants.END_ELEMENT && this.events.depth() == 0) {
					break;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = this.xml.getLocalName();
				boolean atom = Leap2aFeed.ATOM.equals(this.xml.getNamespaceURI());
				if (atom && "entry".equals(name)) {
					if (entries.size() >= MAX_ENTRIES) {
						throw new Refusal("leap2a.import.tooManyEntries", MAX_ENTRIES);
					}
					entries.add(entry(entries.size()));
				}
				else if (atom && "generator".equals(name)) {
					generator = this.events.text();
				}
				else if (atom && "author".equals(name)) {
					author = author();
				}
				else {
					this.events.skip();
				}
			}
			return new Leap2aFeed(generator, author, List.copyOf(entries));
		}

		private Entry entry(int index) throws XMLStreamException {
			int level = this.events.depth();
			String id = null;
			String title = null;
			String type = null;
			String published = null;
			String updated = null;
			String author = null;
			String contentType = "text";
			String content = null;
			String summary = null;
			List<Category> categories = new ArrayList<>();
			List<Link> links = new ArrayList<>();
			List<DatePoint> dates = new ArrayList<>();
			int event;
			while ((event = this.events.next()) != XMLStreamConstants.END_DOCUMENT) {
				if (event == XMLStreamConstants.END_ELEMENT && this.events.depth() < level) {
					break;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String ns = this.xml.getNamespaceURI();
				String name = this.xml.getLocalName();
				if (Leap2aFeed.ATOM.equals(ns)) {
					switch (name) {
						case "id" -> id = this.events.text();
						case "title" -> title = plain(this.xml.getAttributeValue(null, "type"));
						case "published" -> published = this.events.text();
						case "updated" -> updated = this.events.text();
						case "author" -> author = author();
						case "summary" -> summary = plain(this.xml.getAttributeValue(null, "type"));
						case "content" -> {
							String t = this.xml.getAttributeValue(null, "type");
							contentType = (t == null || t.isBlank()) ? "text"
									: t.strip().toLowerCase(java.util.Locale.ROOT);
							content = "xhtml".equals(contentType) ? this.events.markup() : this.events.text();
						}
						case "category" -> {
							String term = this.xml.getAttributeValue(null, "term");
							String scheme = scheme(this.xml.getAttributeValue(null, "scheme"));
							if (term != null && !term.isBlank()) {
								categories.add(new Category(term.strip(), scheme));
							}
							this.events.skip();
						}
						case "link" -> {
							String rel = this.xml.getAttributeValue(null, "rel");
							links.add(new Link(rel(rel), this.xml.getAttributeValue(null, "href"),
									this.xml.getAttributeValue(null, "type"),
									this.xml.getAttributeValue(null, "length"),
									this.xml.getAttributeValue(null, "title")));
							this.events.skip();
						}
						default -> this.events.skip();
					}
				}
				else if (Leap2aFeed.RDF.equals(ns) && "type".equals(name)) {
					type = Leap2aFeed.local(this.events.curie(this.xml.getAttributeValue(Leap2aFeed.RDF, "resource")),
							Leap2aFeed.LEAP2, "leaptype:", "leap2:");
					this.events.skip();
				}
				else if (Leap2aFeed.LEAP2.equals(ns) && "date".equals(name)) {
					String point = this.xml.getAttributeValue(Leap2aFeed.LEAP2, "point");
					if (point == null) {
						point = this.xml.getAttributeValue(null, "point");
					}
					dates.add(new DatePoint(point, this.events.text()));
				}
				else {
					this.events.skip();
				}
			}
			return new Entry(index, id, title, type, published, updated, author, contentType, content, summary,
					List.copyOf(categories), List.copyOf(links), List.copyOf(dates));
		}

		/** Atom's {@code author/name}. */
		private String author() throws XMLStreamException {
			int level = this.events.depth();
			String name = null;
			int event;
			while ((event = this.events.next()) != XMLStreamConstants.END_DOCUMENT) {
				if (event == XMLStreamConstants.END_ELEMENT && this.events.depth() < level) {
					break;
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					if ("name".equals(this.xml.getLocalName())) {
						name = this.events.text();
					}
					else {
						this.events.skip();
					}
				}
			}
			return name;
		}

		/** A text construct as plain text: an html or xhtml one loses its markup. */
		private String plain(String type) throws XMLStreamException {
			if ("xhtml".equalsIgnoreCase(type)) {
				return Leap2aText.plain(this.events.markup());
			}
			String text = this.events.text();
			return "html".equalsIgnoreCase(type) ? Leap2aText.plain(text) : text;
		}

		private String scheme(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String expanded = this.events.curie(value);
			if (expanded.startsWith(Leap2aFeed.CATEGORIES)) {
				String local = expanded.substring(Leap2aFeed.CATEGORIES.length());
				return local.endsWith("#") ? local.substring(0, local.length() - 1) : local;
			}
			return expanded.endsWith("#") ? expanded.substring(0, expanded.length() - 1) : expanded;
		}

		private String rel(String value) {
			if (value == null || value.isBlank()) {
				return "alternate";
			}
			return Leap2aFeed.local(this.events.curie(value), Leap2aFeed.LEAP2, "leap2:");
		}

	}

}
