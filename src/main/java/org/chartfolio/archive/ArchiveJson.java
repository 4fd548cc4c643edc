package org.chartfolio.archive;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chartfolio.archive.ArchiveDocument.CpdDoc;
import org.chartfolio.archive.ArchiveDocument.EvidenceDoc;
import org.chartfolio.archive.ArchiveDocument.GlossaryDoc;
import org.chartfolio.archive.ArchiveDocument.GoalDoc;
import org.chartfolio.archive.ArchiveDocument.MeetingDoc;
import org.chartfolio.archive.ArchiveDocument.PksbDoc;
import org.chartfolio.archive.ArchiveDocument.PortfolioDoc;
import org.chartfolio.archive.ArchiveDocument.SectionDoc;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code portfolio.json} as a stream: the parser walks the document token by token and
 * binds one section, evidence item, goal, meeting ... at a time straight into the format's
 * records, so neither the file's bytes nor a tree of it is ever held. Memory is the records
 * themselves, which the limits on the JSON's size and on each field keep small.
 */
final class ArchiveJson {

	private final JsonMapper json;

	/** {@code maxStringLength}: the longest string the parser accepts (the JSON's own limit). */
	ArchiveJson(long maxJsonSize) {
		int longest = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1, maxJsonSize));
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(longest).build())
			.build();
		this.json = JsonMapper.builder(factory).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	/**
	 * The document in {@code in}; a malformed one, an unknown version or one missing what an import
	 * needs is an {@link ArchiveProblem}, and so is whatever {@code in} itself throws as one.
	 */
	ArchiveDocument read(InputStream in) {
		try (JsonParser parser = this.json.createParser(in)) {
			ArchiveDocument document = document(parser);
			ArchiveMapping.requireComplete(document);
			return document;
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			ArchiveProblem cause = problemIn(ex);
			throw (cause != null) ? cause : new ArchiveProblem("archive.import.badJson");
		}
	}

	private ArchiveDocument document(JsonParser parser) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw new ArchiveProblem("archive.import.badJson");
		}
		Integer version = null;
		String app = null;
		Instant exportedAt = null;
		PortfolioDoc portfolio = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (name) {
				case "formatVersion" -> {
					if (value != JsonToken.VALUE_NUMBER_INT) {
						throw new ArchiveProblem("archive.import.badJson");
					}
					version = parser.getIntValue();
					known(version);
				}
				case "app" -> app = parser.readValueAs(String.class);
				case "exportedAt" -> exportedAt = parser.readValueAs(Instant.class);
				case "portfolio" -> {
					// A version written after the portfolio is checked before the portfolio is read.
					if (version != null) {
						known(version);
					}
					portfolio = portfolio(parser);
				}
				default -> parser.skipChildren();
			}
		}
		if (version == null) {
			throw new ArchiveProblem("archive.import.badJson");
		}
		known(version);
		return new ArchiveDocument(version, app, exportedAt, portfolio);
	}

	private static void known(int version) {
		if (version != ArchiveDocument.FORMAT_VERSION) {
			throw new ArchiveProblem("archive.import.version", version);
		}
	}

	private PortfolioDoc portfolio(JsonParser parser) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new ArchiveProblem("archive.import.badJson");
		}
		String route = null;
		String title = null;
		LocalDate targetDate = null;
		Instant createdAt = null;
		Instant updatedAt = null;
		Instant submittedAt = null;
		Integer lastEvidenceNumber = null;
		List<SectionDoc> sections = null;
		List<EvidenceDoc> evidence = null;
		List<GoalDoc> goals = null;
		PksbDoc pksb = null;
		List<MeetingDoc> meetings = null;
		List<CpdDoc> cpd = null;
		List<GlossaryDoc> glossary = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "route" -> route = parser.readValueAs(String.class);
				case "title" -> title = parser.readValueAs(String.class);
				case "targetDate" -> targetDate = parser.readValueAs(LocalDate.class);
				case "createdAt" -> createdAt = parser.readValueAs(Instant.class);
				case "updatedAt" -> updatedAt = parser.readValueAs(Instant.class);
				case "submittedAt" -> submittedAt = parser.readValueAs(Instant.class);
				case "lastEvidenceNumber" -> lastEvidenceNumber = number(parser);
				case "sections" -> sections = list(parser, SectionDoc.class);
				case "evidence" -> evidence = list(parser, EvidenceDoc.class);
				case "goals" -> goals = list(parser, GoalDoc.class);
				case "pksb" -> pksb = parser.readValueAs(PksbDoc.class);
				case "meetings" -> meetings = list(parser, MeetingDoc.class);
				case "cpd" -> cpd = list(parser, CpdDoc.class);
				case "glossary" -> glossary = list(parser, GlossaryDoc.class);
				default -> parser.skipChildren();
			}
		}
		return new PortfolioDoc(route, title, targetDate, createdAt, updatedAt, submittedAt, lastEvidenceNumber,
				sections, evidence, goals, pksb, meetings, cpd, glossary);
	}

	/**
	 * An evidence number, read wide so that one beyond what an int holds is refused by the rules
	 * with a message rather than by the parser as a broken file.
	 */
	private static Integer number(JsonParser parser) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
			throw new ArchiveProblem("archive.import.badJson");
		}
		BigDecimal value = new BigDecimal(parser.getBigIntegerValue());
		return value.max(BigDecimal.valueOf(Integer.MIN_VALUE)).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
	}

	/** An array read one element at a time, each bound to its record as soon as it is complete. */
	private static <T> List<T> list(JsonParser parser, Class<T> type) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw new ArchiveProblem("archive.import.badJson");
		}
		List<T> items = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (parser.currentToken() == null) {
				throw new ArchiveProblem("archive.import.badJson");
			}
			items.add(parser.readValueAs(type));
		}
		return items;
	}

	/** An {@link ArchiveProblem} thrown by the input stream, which the parser or binder may have wrapped. */
	private static ArchiveProblem problemIn(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ArchiveProblem problem) {
				return problem;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

}
