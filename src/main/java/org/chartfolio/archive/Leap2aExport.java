package org.chartfolio.archive;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.chartfolio.evidence.EvidenceTransfer.EvidenceData;
import org.chartfolio.evidence.EvidenceTransfer.FileData;
import org.chartfolio.evidence.EvidenceTransfer.ItemData;
import org.chartfolio.plan.PlanTransfer.GoalData;
import org.chartfolio.portfolio.PortfolioTransfer.PortfolioData;
import org.chartfolio.portfolio.PortfolioTransfer.SectionData;
import org.chartfolio.writing.WritingTransfer.CitationData;
import org.chartfolio.writing.WritingTransfer.SectionWriting;

/**
 * Writes a portfolio as a Leap2A 2010-07 feed: each live evidence item an entry (a
 * {@code leap2:resource} enclosing its files, or a {@code leap2:entry} for a note), each
 * written section an entry whose citations are {@code leap2:relation} links to the
 * evidence entries, each goal a {@code leap2:plan}. Tags are plain categories; the
 * evidence kind and the mark of a section use Chartfolio's own category schemes, which
 * other systems ignore and our import reads back.
 */
final class Leap2aExport {

	/** A file of the ZIP: its path and the evidence file it holds. */
	record FileEntry(String path, long fileId) {
	}

	private Leap2aExport() {
	}

	static List<FileEntry> files(EvidenceData evidence) {
		List<FileEntry> files = new ArrayList<>();
		for (ItemData item : live(evidence)) {
			for (int i = 0; i < item.files().size(); i++) {
				files.add(new FileEntry(path(item, i), item.files().get(i).id()));
			}
		}
		return files;
	}

	static void write(OutputStream out, String app, String author, Instant now, PortfolioData portfolio,
			Map<Integer, SectionWriting> writing, EvidenceData evidence, List<GoalData> goals) {
		String base = "urn:uuid:" + UUID.randomUUID() + ":";
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(Leap2aFeed.ATOM);
			xml.setPrefix("rdf", Leap2aFeed.RDF);
			xml.setPrefix("leap2", Leap2aFeed.LEAP2);
			xml.setPrefix("categories", Leap2aFeed.CATEGORIES);
			xml.writeStartElement(Leap2aFeed.ATOM, "feed");
			xml.writeDefaultNamespace(Leap2aFeed.ATOM);
			xml.writeNamespace("rdf", Leap2aFeed.RDF);
			xml.writeNamespace("leap2", Leap2aFeed.LEAP2);
			xml.writeNamespace("categories", Leap2aFeed.CATEGORIES);
			element(xml, Leap2aFeed.LEAP2, "version", Leap2aFeed.VERSION);
			element(xml, Leap2aFeed.ATOM, "id", base + "portfolio");
			element(xml, Leap2aFeed.ATOM, "title", portfolio.title());
			element(xml, Leap2aFeed.ATOM, "updated", time(now));
			element(xml, Leap2aFeed.ATOM, "generator", app);
			xml.writeStartElement(Leap2aFeed.ATOM, "author");
			element(xml, Leap2aFeed.ATOM, "name", author);
			xml.writeEndElement();
			Set<Integer> numbers = new LinkedHashSet<>();
			for (ItemData item : live(evidence)) {
				numbers.add(item.number());
				item(xml, base, item, now);
			}
			for (SectionData section : portfolio.sections()) {
				SectionWriting w = writing.get(section.position());
				if (w != null && w.body() != null && !w.body().isBlank()) {
					section(xml, base, section, w, numbers, now);
				}
			}
			int ref = 0;
			for (GoalData goal : goals) {
				ref++;
				if (goal.deletedAt() == null) {
					goal(xml, base, ref, goal, numbers, now);
				}
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void item(XMLStreamWriter xml, String base, ItemData item, Instant now) throws XMLStreamException {
		xml.writeStartElement(Leap2aFeed.ATOM, "entry");
		element(xml, Leap2aFeed.ATOM, "title", item.title());
		element(xml, Leap2aFeed.ATOM, "id", base + "evidence/E" + item.number());
		element(xml, Leap2aFeed.ATOM, "updated", time(item.updatedAt() != null ? item.updatedAt() : now));
		if (item.activityDate() != null) {
			element(xml, Leap2aFeed.ATOM, "published",
					time(item.activityDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		text(xml, "content", item.description());
		if (item.reflection() != null && !item.reflection().isBlank()) {
			text(xml, "summary", item.reflection());
		}
		boolean resource = !item.files().isEmpty() || item.link() != null;
		type(xml, resource ? "resource" : "entry");
		category(xml, item.kind(), Leap2aFeed.KIND_SCHEME);
		for (String tag : item.tags()) {
			category(xml, tag, null);
		}
		for (int i = 0; i < item.files().size(); i++) {
			FileData file = item.files().get(i);
			xml.writeEmptyElement(Leap2aFeed.ATOM, "link");
			xml.writeAttribute("rel", "enclosure");
			xml.writeAttribute("href", path(item, i));
			xml.writeAttribute("type", file.contentType());
			xml.writeAttribute("length", String.valueOf(file.size()));
			xml.writeAttribute("title", file.name());
		}
		if (item.link() != null) {
			xml.writeEmptyElement(Leap2aFeed.ATOM, "link");
			xml.writeAttribute("rel", "related");
			xml.writeAttribute("href", item.link());
		}
		if (item.activityDate() != null) {
			date(xml, "start", item.activityDate());
		}
		xml.writeEndElement();
	}

	private static void section(XMLStreamWriter xml, String base, SectionData section, SectionWriting writing,
			Set<Integer> numbers, Instant now) throws XMLStreamException {
		xml.writeStartElement(Leap2aFeed.ATOM, "entry");
		element(xml, Leap2aFeed.ATOM, "title", section.title());
		element(xml, Leap2aFeed.ATOM, "id", base + "section/" + section.position());
		element(xml, Leap2aFeed.ATOM, "updated", time(writing.updatedAt() != null ? writing.updatedAt() : now));
		text(xml, "content", writing.body());
		type(xml, "entry");
		category(xml, section.kind(), Leap2aFeed.SECTION_SCHEME);
		Set<Integer> cited = new LinkedHashSet<>();
		for (CitationData citation : writing.citations()) {
			if (numbers.contains(citation.evidenceNumber()) && cited.add(citation.evidenceNumber())) {
				relation(xml, base + "evidence/E" + citation.evidenceNumber());
			}
		}
		xml.writeEndElement();
	}

	private static void goal(XMLStreamWriter xml, String base, int ref, GoalData goal, Set<Integer> numbers,
			Instant now) throws XMLStreamException {
		xml.writeStartElement(Leap2aFeed.ATOM, "entry");
		element(xml, Leap2aFeed.ATOM, "title", goal.title());
		element(xml, Leap2aFeed.ATOM, "id", base + "goal/" + ref);
		element(xml, Leap2aFeed.ATOM, "updated", time(goal.updatedAt() != null ? goal.updatedAt() : now));
		if (goal.createdAt() != null) {
			element(xml, Leap2aFeed.ATOM, "published", time(goal.createdAt()));
		}
		String text = String.join("\n\n",
				List.of(blank(goal.reason()), blank(goal.actions())).stream().filter((s) -> !s.isEmpty()).toList());
		text(xml, "content", text);
		type(xml, "plan");
		for (Integer number : goal.evidenceNumbers()) {
			if (numbers.contains(number)) {
				relation(xml, base + "evidence/E" + number);
			}
		}
		if (goal.targetDate() != null) {
			date(xml, "target", goal.targetDate());
		}
		if (goal.completedOn() != null) {
			date(xml, "end", goal.completedOn());
		}
		xml.writeEndElement();
	}

	private static List<ItemData> live(EvidenceData evidence) {
		return evidence.items().stream().filter((item) -> item.deletedAt() == null).toList();
	}

	static String path(ItemData item, int index) {
		return "files/E" + item.number() + "/" + (index + 1) + "-"
				+ ArchiveMapping.safeName(item.files().get(index).name());
	}

	private static void element(XMLStreamWriter xml, String ns, String name, String text) throws XMLStreamException {
		xml.writeStartElement(ns, name);
		xml.writeCharacters((text != null) ? text : "");
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(Leap2aFeed.ATOM, name);
		xml.writeAttribute("type", "text");
		xml.writeCharacters(blank(text));
		xml.writeEndElement();
	}

	private static void type(XMLStreamWriter xml, String type) throws XMLStreamException {
		xml.writeEmptyElement(Leap2aFeed.RDF, "type");
		xml.writeAttribute("rdf", Leap2aFeed.RDF, "resource", "leap2:" + type);
	}

	private static void category(XMLStreamWriter xml, String term, String scheme) throws XMLStreamException {
		xml.writeEmptyElement(Leap2aFeed.ATOM, "category");
		xml.writeAttribute("term", term);
		if (scheme != null) {
			xml.writeAttribute("scheme", scheme);
		}
	}

	private static void relation(XMLStreamWriter xml, String href) throws XMLStreamException {
		xml.writeEmptyElement(Leap2aFeed.ATOM, "link");
		xml.writeAttribute("rel", "leap2:relation");
		xml.writeAttribute("href", href);
	}

	private static void date(XMLStreamWriter xml, String point, LocalDate day) throws XMLStreamException {
		xml.writeStartElement(Leap2aFeed.LEAP2, "date");
		xml.writeAttribute("leap2", Leap2aFeed.LEAP2, "point", point);
		xml.writeCharacters(day.toString());
		xml.writeEndElement();
	}

	private static String time(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static String blank(String s) {
		return (s != null) ? s.strip() : "";
	}

}
