package org.chartfolio.archive;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.chartfolio.system.Refusal;

/**
 * The XML underneath a feed, made safe whatever its elements mean: a factory that acts on
 * no DTD or external entity, and one bounded pass over the events, each counted, a DTD or
 * an entity refused, the nesting depth and the length of each text held down.
 */
final class Leap2aXml {

	static final int MAX_DEPTH = 48;

	/** The longest text one element may hold: far beyond a real journal post. */
	static final int MAX_TEXT = 1_000_000;

	private final XMLStreamReader xml;

	private final long maxEvents;

	private long events;

	private int depth;

	Leap2aXml(XMLStreamReader xml, long maxEvents) {
		this.xml = xml;
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
			// Not every StAX implementation knows every property; the DTD is off either
			// way.
		}
	}

	/** How deep the current element lies; the feed element is at 1. */
	int depth() {
		return this.depth;
	}

	/** Starts counting depth at the feed element, which the reader has reached. */
	void atRoot() {
		this.depth = 1;
	}

	/**
	 * The next event, counted and checked: no DTD, no entity, not too deep, not too many.
	 */
	int next() throws XMLStreamException {
		int event = this.xml.next();
		if (++this.events > this.maxEvents) {
			throw new Refusal("leap2a.import.tooComplex");
		}
		if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
				|| event == XMLStreamConstants.ENTITY_DECLARATION) {
			throw new Refusal("leap2a.import.dtd");
		}
		if (event == XMLStreamConstants.START_ELEMENT && ++this.depth > MAX_DEPTH) {
			throw new Refusal("leap2a.import.tooDeep", MAX_DEPTH);
		}
		if (event == XMLStreamConstants.END_ELEMENT) {
			this.depth--;
		}
		return event;
	}

	/** The text of the current element, children's text included, bounded. */
	String text() throws XMLStreamException {
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

	/**
	 * The children of an xhtml content element, written back as markup for the sanitiser.
	 */
	String markup() throws XMLStreamException {
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

	/** Passes over the current element and everything in it. */
	void skip() throws XMLStreamException {
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
			throw new Refusal("leap2a.import.textTooLong", MAX_TEXT);
		}
		text.append(more);
	}

	/** A CURIE ({@code leap2:entry}) expanded with the namespaces in scope here. */
	String curie(String value) {
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

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
