package org.chartfolio.archive;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.chartfolio.archive.ArchiveDocument.CpdDoc;
import org.chartfolio.archive.ArchiveDocument.EvidenceDoc;
import org.chartfolio.archive.ArchiveDocument.GlossaryDoc;
import org.chartfolio.archive.ArchiveDocument.GoalDoc;
import org.chartfolio.archive.ArchiveDocument.MeetingDoc;
import org.chartfolio.archive.ArchiveDocument.PksbDoc;
import org.chartfolio.archive.ArchiveDocument.PortfolioDoc;
import org.chartfolio.archive.ArchiveDocument.SectionDoc;
import org.chartfolio.archive.ArchiveDocument.SignOffDoc;
import org.chartfolio.system.Refusal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code portfolio.json} as a stream: the parser walks the document token by token
 * and binds one section, evidence item, goal, meeting ... at a time straight into the
 * format's records, so neither the file's bytes nor a tree of it is ever held. Memory is
 * the records themselves, which the limits on the JSON's size and on each field keep
 * small.
 */
final class ArchiveJson {

	private final JsonMapper json;

	/**
	 * The format nests six levels deep (portfolio, sections, threads, comments ...); a
	 * few more is plenty.
	 */
	static final int MAX_DEPTH = 16;

	/**
	 * {@code maxJsonSize} bounds each string too (so a long one reaches the rules and
	 * their message); {@code maxTokens} bounds how many values the document may hold, and
	 * so the records it becomes, whatever their size.
	 */
	ArchiveJson(long maxJsonSize, long maxTokens) {
		int longest = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1, maxJsonSize));
		JsonFactory factory = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxStringLength(longest)
				.maxTokenCount(maxTokens)
				.maxNestingDepth(MAX_DEPTH)
				.build())
			.build();
		this.json = JsonMapper.builder(factory).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
	}

	/**
	 * The document in {@code in}; a malformed one, an unknown version or one missing what
	 * an import needs is a {@link Refusal}, and so is whatever {@code in} itself throws
	 * as one.
	 */
	ArchiveDocument read(InputStream in, ArchiveCheck check) {
		try (JsonParser parser = this.json.createParser(in)) {
			ArchiveDocument document = document(parser, check);
			ArchiveRestoreMapping.requireComplete(document);
			check.portfolio(document.portfolio());
			return document;
		}
		catch (StreamConstraintsException ex) {
			throw new Refusal(ex.getMessage().contains("Token count") ? "archive.import.jsonTooComplex"
					: "archive.import.badJson");
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			Refusal cause = problemIn(ex);
			if (cause == null && problemIn(ex, StreamConstraintsException.class) != null) {
				cause = new Refusal("archive.import.jsonTooComplex");
			}
			if (cause == null) {
				cause = new Refusal("archive.import.badJson");
				cause.initCause(ex);
			}
			throw cause;
		}
	}

	private ArchiveDocument document(JsonParser parser, ArchiveCheck check) {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw new Refusal("archive.import.badJson");
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
						throw new Refusal("archive.import.badJson");
					}
					version = parser.getIntValue();
					known(version);
				}
				case "app" -> app = parser.readValueAs(String.class);
				case "exportedAt" -> exportedAt = parser.readValueAs(Instant.class);
				case "portfolio" -> {
					// A version written after the portfolio is checked before the
					// portfolio is read.
					if (version != null) {
						known(version);
					}
					portfolio = portfolio(parser, check);
				}
				default -> parser.skipChildren();
			}
		}
		if (version == null) {
			throw new Refusal("archive.import.badJson");
		}
		known(version);
		return new ArchiveDocument(version, app, exportedAt, portfolio);
	}

	private static void known(int version) {
		if (version != ArchiveDocument.FORMAT_VERSION) {
			throw new Refusal("archive.import.version", version);
		}
	}

	private PortfolioDoc portfolio(JsonParser parser, ArchiveCheck check) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new Refusal("archive.import.badJson");
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
		List<SignOffDoc> signOffs = null;
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
				case "sections" -> sections = list(parser, SectionDoc.class, check::section);
				case "evidence" -> evidence = list(parser, EvidenceDoc.class, check::evidence);
				case "goals" -> goals = list(parser, GoalDoc.class, check::goal);
				case "pksb" -> {
					pksb = parser.readValueAs(PksbDoc.class);
					check.pksb(pksb);
				}
				case "meetings" -> meetings = list(parser, MeetingDoc.class, check::meeting);
				case "cpd" -> cpd = list(parser, CpdDoc.class, check::cpd);
				case "glossary" -> glossary = list(parser, GlossaryDoc.class, check::glossary);
				case "signOffs" -> signOffs = list(parser, SignOffDoc.class, check::signOff);
				default -> parser.skipChildren();
			}
		}
		return new PortfolioDoc(route, title, targetDate, createdAt, updatedAt, submittedAt, lastEvidenceNumber,
				sections, evidence, goals, pksb, meetings, cpd, glossary, signOffs);
	}

	/**
	 * An evidence number, read wide so that one beyond what an int holds is refused by
	 * the rules with a message rather than by the parser as a broken file.
	 */
	private static Integer number(JsonParser parser) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
			throw new Refusal("archive.import.badJson");
		}
		BigDecimal value = new BigDecimal(parser.getBigIntegerValue());
		return value.max(BigDecimal.valueOf(Integer.MIN_VALUE)).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
	}

	/**
	 * An array read one element at a time, each bound to its record as soon as it is
	 * complete and held to the rules before the next is read.
	 */
	private static <T> List<T> list(JsonParser parser, Class<T> type, Consumer<T> rules) {
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return null;
		}
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw new Refusal("archive.import.badJson");
		}
		List<T> items = new ArrayList<>();
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			if (parser.currentToken() == null) {
				throw new Refusal("archive.import.badJson");
			}
			T item = parser.readValueAs(type);
			if (item == null) {
				throw new Refusal("archive.import.badJson");
			}
			rules.accept(item);
			items.add(item);
		}
		return items;
	}

	/**
	 * An {@link Refusal} thrown by the input stream, which the parser or binder may have
	 * wrapped.
	 */
	private static Refusal problemIn(Throwable ex) {
		return problemIn(ex, Refusal.class);
	}

	private static <T extends Throwable> T problemIn(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

}
