package org.chartfolio.archive;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.chartfolio.archive.Leap2aFeed.Category;
import org.chartfolio.archive.Leap2aFeed.DatePoint;
import org.chartfolio.archive.Leap2aFeed.Entry;
import org.chartfolio.archive.Leap2aFeed.Link;

/**
 * Reads {@code leap2a.xml} as a stream (StAX), one event at a time, never as a tree. Nothing the
 * file declares is acted on: DTDs and external entities are switched off in the factory, and a
 * document that carries a DOCTYPE or an entity reference at all is refused (that is how an XXE or a
 * billion-laughs file shows itself). The nesting depth, the number of events, the number of entries
 * and the length of each text are bounded, so a hostile feed cannot make the records it becomes large.
 */
final class Leap2aParser {

	static final int MAX_DEPTH = 48;

	static final int MAX_ENTRIES = 10_000;

	/** The longest text one element may hold: far beyond a real journal post. */
	static final int MAX_TEXT = 1_000_000;

	private final long maxEvents;

	Leap2aParser(long maxEvents) {
		this.maxEvents = maxEvents;
	}

	static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
		trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return factory;
	}

	private static void trySet(XMLInputFactory factory, String name, Object value) {
		try {
			factory.setProperty(name, value);
		}
		catch (IllegalArgumentException ex) {
			// Not every StAX implementation knows every property; the DTD is off either way.
		}
	}

	Leap2aFeed read(InputStream in) {
		XMLStreamReader xml = null;
		try {
			xml = factory().createXMLStreamReader(in);
			return new Walk(xml).feed();
		}
		catch (XMLStreamException ex) {
			throw new ArchiveProblem("leap2a.import.badXml");
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

		private long events;

		private int depth;

		Walk(XMLStreamReader xml) {
			this.xml = xml;
		}

		/** The next event, counted and checked: no DTD, no entity, not too deep, not too many. */
		private int next() throws XMLStreamException {
			int event = this.xml.next();
			if (++this.events > Leap2aParser.this.maxEvents) {
				throw new ArchiveProblem("leap2a.import.tooComplex");
			}
			if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
					|| event == XMLStreamConstants.ENTITY_DECLARATION) {
				throw new ArchiveProblem("leap2a.import.dtd");
			}
			if (event == XMLStreamConstants.START_ELEMENT && ++this.depth > MAX_DEPTH) {
				throw new ArchiveProblem("leap2a.import.tooDeep", MAX_DEPTH);
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				this.depth--;
			}
			return event;
		}

		Leap2aFeed feed() throws XMLStreamException {
			int event = this.xml.getEventType();
			while (event != XMLStreamConstants.START_ELEMENT) {
				if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
					throw new ArchiveProblem("leap2a.import.dtd");
				}
				if (event == XMLStreamConstants.END_DOCUMENT) {
					throw new ArchiveProblem("leap2a.import.notLeap2a");
				}
				event = this.xml.next();
			}
			this.depth = 1;
			if (!"feed".equals(this.xml.getLocalName()) || !Leap2aFeed.ATOM.equals(this.xml.getNamespaceURI())) {
				throw new ArchiveProblem("leap2a.import.notLeap2a");
			}
			String generator = null;
			String author = null;
			List<Entry> entries = new ArrayList<>();
			while ((event = next()) != XMLStreamConstants.END_DOCUMENT) {
				if (event == XMLStreamConstants.END_ELEMENT && this.depth == 0) {
					break;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = this.xml.getLocalName();
				boolean atom = Leap2aFeed.ATOM.equals(this.xml.getNamespaceURI());
				if (atom && "entry".equals(name)) {
					if (entries.size() >= MAX_ENTRIES) {
						throw new ArchiveProblem("leap2a.import.tooManyEntries", MAX_ENTRIES);
					}
					entries.add(entry(entries.size()));
				}
				else if (atom && "generator".equals(name)) {
					generator = text();
				}
				else if (atom && "author".equals(name)) {
					author = author();
				}
				else {
					skip();
				}
			}
			return new Leap2aFeed(generator, author, List.copyOf(entries));
		}

		private Entry entry(int index) throws XMLStreamException {
			int level = this.depth;
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
			while ((event = next()) != XMLStreamConstants.END_DOCUMENT) {
				if (event == XMLStreamConstants.END_ELEMENT && this.depth < level) {
					break;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String ns = this.xml.getNamespaceURI();
				String name = this.xml.getLocalName();
				if (Leap2aFeed.ATOM.equals(ns)) {
					switch (name) {
						case "id" -> id = text();
						case "title" -> title = plain(this.xml.getAttributeValue(null, "type"));
						case "published" -> published = text();
						case "updated" -> updated = text();
						case "author" -> author = author();
						case "summary" -> summary = plain(this.xml.getAttributeValue(null, "type"));
						case "content" -> {
							String t = this.xml.getAttributeValue(null, "type");
							contentType = (t == null || t.isBlank()) ? "text" : t.strip().toLowerCase(java.util.Locale.ROOT);
							content = "xhtml".equals(contentType) ? markup() : text();
						}
						case "category" -> {
							String term = this.xml.getAttributeValue(null, "term");
							String scheme = scheme(this.xml.getAttributeValue(null, "scheme"));
							if (term != null && !term.isBlank()) {
								categories.add(new Category(term.strip(), scheme));
							}
							skip();
						}
						case "link" -> {
							String rel = this.xml.getAttributeValue(null, "rel");
							links.add(new Link(rel(rel), this.xml.getAttributeValue(null, "href"),
									this.xml.getAttributeValue(null, "type"), this.xml.getAttributeValue(null, "length"),
									this.xml.getAttributeValue(null, "title")));
							skip();
						}
						default -> skip();
					}
				}
				else if (Leap2aFeed.RDF.equals(ns) && "type".equals(name)) {
					type = Leap2aFeed.local(curie(this.xml.getAttributeValue(Leap2aFeed.RDF, "resource")),
							Leap2aFeed.LEAP2, "leaptype:", "leap2:");
					skip();
				}
				else if (Leap2aFeed.LEAP2.equals(ns) && "date".equals(name)) {
					String point = this.xml.getAttributeValue(Leap2aFeed.LEAP2, "point");
					if (point == null) {
						point = this.xml.getAttributeValue(null, "point");
					}
					dates.add(new DatePoint(point, text()));
				}
				else {
					skip();
				}
			}
			return new Entry(index, id, title, type, published, updated, author, contentType, content, summary,
					List.copyOf(categories), List.copyOf(links), List.copyOf(dates));
		}

		/** Atom's {@code author/name}. */
		private String author() throws XMLStreamException {
			int level = this.depth;
			String name = null;
			int event;
			while ((event = next()) != XMLStreamConstants.END_DOCUMENT) {
				if (event == XMLStreamConstants.END_ELEMENT && this.depth < level) {
					break;
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					if ("name".equals(this.xml.getLocalName())) {
						name = text();
					}
					else {
						skip();
					}
				}
			}
			return name;
		}

		/** A text construct as plain text: an html or xhtml one loses its markup. */
		private String plain(String type) throws XMLStreamException {
			if ("xhtml".equalsIgnoreCase(type)) {
				return Leap2aText.plain(markup());
			}
			String text = text();
			return "html".equalsIgnoreCase(type) ? Leap2aText.plain(text) : text;
		}

		/** The text of the current element, children's text included, bounded. */
		private String text() throws XMLStreamException {
			int level = this.depth;
			StringBuilder text = new StringBuilder();
			int event;
			while ((event = next()) != XMLStreamConstants.END_DOCUMENT) {
				if (event == XMLStreamConstants.END_ELEMENT && this.depth < level) {
					break;
				}
				if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
						|| event == XMLStreamConstants.SPACE) {
					append(text, this.xml.getText());
				}
			}
			return text.toString().strip();
		}

		/** The children of an xhtml content element, written back as markup for the sanitiser. */
		private String markup() throws XMLStreamException {
			int level = this.depth;
			StringBuilder html = new StringBuilder();
			int event;
			while ((event = next()) != XMLStreamConstants.END_DOCUMENT) {
				if (event == XMLStreamConstants.END_ELEMENT) {
					if (this.depth < level) {
						break;
					}
					append(html, "</" + this.xml.getLocalName() + ">");
				}
				else if (event == XMLStreamConstants.START_ELEMENT) {
					StringBuilder tag = new StringBuilder("<").append(this.xml.getLocalName());
					for (int i = 0; i < this.xml.getAttributeCount(); i++) {
						tag.append(' ')
							.append(this.xml.getAttributeLocalName(i))
							.append("=\"")
							.append(escape(this.xml.getAttributeValue(i)))
							.append('"');
					}
					append(html, tag.append('>').toString());
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
						|| event == XMLStreamConstants.SPACE) {
					append(html, escape(this.xml.getText()));
				}
			}
			return html.toString();
		}

		private void skip() throws XMLStreamException {
			int level = this.depth;
			int event;
			while ((event = next()) != XMLStreamConstants.END_DOCUMENT) {
				if (event == XMLStreamConstants.END_ELEMENT && this.depth < level) {
					return;
				}
			}
		}

		private void append(StringBuilder text, String more) {
			if (text.length() + more.length() > MAX_TEXT) {
				throw new ArchiveProblem("leap2a.import.textTooLong", MAX_TEXT);
			}
			text.append(more);
		}

		/** A CURIE ({@code leap2:entry}) expanded with the namespaces in scope here. */
		private String curie(String value) {
			if (value == null) {
				return null;
			}
			String v = value.strip();
			int colon = v.indexOf(':');
			if (colon > 0 && !v.startsWith("http")) {
				String ns = this.xml.getNamespaceURI(v.substring(0, colon));
				if (ns != null) {
					return ns + v.substring(colon + 1);
				}
			}
			return v;
		}

		private String scheme(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String expanded = curie(value);
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
			return Leap2aFeed.local(curie(value), Leap2aFeed.LEAP2, "leap2:");
		}

	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
