package org.chartfolio.pksb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a framework file: a header line {@code kind,area,code,text}, then one line per
 * scale level ({@code level,,2,Good knowledge or skills}), sub-area
 * ({@code sub-area,Research skills,5.1,...}) or confirmed area
 * ({@code area,Research skills,iso30401,Research skills}: the area as named now, whether
 * it maps to BS ISO 30401 ({@code iso30401} or {@code -}), and the name to keep). Fields
 * may be quoted with double quotes, as spreadsheets write them. Every problem is reported
 * with its line number; a file with any problem is not imported at all.
 */
final class FrameworkCsv {

	static final int MAX_BYTES = 1024 * 1024;

	/**
	 * A problem found on a line (0 for the file as a whole), as a message key and its
	 * arguments.
	 */
	record Problem(int line, String messageKey, List<Object> arguments) {
	}

	record SubAreaLine(int line, long areaId, String code, String name) {
	}

	record AreaLine(int line, long areaId, boolean iso30401, String name) {
	}

	record Parsed(List<Scale.Level> levels, List<SubAreaLine> subAreas, List<AreaLine> areas, List<Problem> problems) {

		boolean ok() {
			return this.problems.isEmpty();
		}

	}

	private FrameworkCsv() {
	}

	/** Parses the file against the framework's areas (by name, ignoring case). */
	static Parsed parse(String content, Map<String, Long> areaIdsByLowerName) {
		List<Scale.Level> levels = new ArrayList<>();
		List<SubAreaLine> subAreas = new ArrayList<>();
		List<AreaLine> areas = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		String[] lines = text.split("\r\n|\n|\r", -1);
		if (lines.length == 0 || !isHeader(lines[0])) {
			problems.add(new Problem(1, "pksb.import.header", List.of()));
			return new Parsed(levels, subAreas, areas, problems);
		}
		Set<Integer> levelsSeen = new HashSet<>();
		Set<String> codesSeen = new HashSet<>();
		Set<Long> areasSeen = new HashSet<>();
		Map<String, Long> namesAfter = new java.util.HashMap<>(areaIdsByLowerName);
		for (int i = 1; i < lines.length; i++) {
			int number = i + 1;
			if (lines[i].isBlank()) {
				continue;
			}
			List<String> fields = fields(lines[i]);
			if (fields == null) {
				problems.add(new Problem(number, "pksb.import.quotes", List.of()));
				continue;
			}
			if (fields.size() != 4) {
				problems.add(new Problem(number, "pksb.import.columns", List.of(fields.size())));
				continue;
			}
			String kind = fields.get(0).strip().toLowerCase(Locale.ROOT);
			String area = fields.get(1).strip();
			String code = fields.get(2).strip();
			String name = fields.get(3).strip();
			if (kind.equals("level")) {
				Integer level = number(code);
				if (level == null || level < 0 || level > PksbLevel.MAX_LEVEL) {
					problems.add(new Problem(number, "pksb.import.level", List.of(code, PksbLevel.MAX_LEVEL)));
				}
				else if (!levelsSeen.add(level)) {
					problems.add(new Problem(number, "pksb.import.levelTwice", List.of(level)));
				}
				else if (name.isEmpty() || name.length() > PksbLevel.MAX_LABEL_LENGTH) {
					problems.add(new Problem(number, "pksb.import.label", List.of(PksbLevel.MAX_LABEL_LENGTH)));
				}
				else {
					levels.add(new Scale.Level(level, name));
				}
			}
			else if (kind.equals("sub-area")) {
				Long areaId = areaIdsByLowerName.get(area.toLowerCase(Locale.ROOT));
				if (areaId == null) {
					problems.add(new Problem(number, "pksb.import.area", List.of(area)));
				}
				else if (code.isEmpty() || code.length() > PksbSubArea.MAX_CODE_LENGTH) {
					problems.add(new Problem(number, "pksb.import.code", List.of(PksbSubArea.MAX_CODE_LENGTH)));
				}
				else if (!codesSeen.add(areaId + "/" + code.toLowerCase(Locale.ROOT))) {
					problems.add(new Problem(number, "pksb.import.codeTwice", List.of(code, area)));
				}
				else if (name.isEmpty() || name.length() > PksbSubArea.MAX_NAME_LENGTH) {
					problems.add(new Problem(number, "pksb.import.name", List.of(PksbSubArea.MAX_NAME_LENGTH)));
				}
				else {
					subAreas.add(new SubAreaLine(number, areaId, code, name));
				}
			}
			else if (kind.equals("area")) {
				Long areaId = areaIdsByLowerName.get(area.toLowerCase(Locale.ROOT));
				String mapping = code.toLowerCase(Locale.ROOT);
				Long named = namesAfter.get(name.toLowerCase(Locale.ROOT));
				if (areaId == null) {
					problems.add(new Problem(number, "pksb.import.area", List.of(area)));
				}
				else if (!areasSeen.add(areaId)) {
					problems.add(new Problem(number, "pksb.import.areaTwice", List.of(area)));
				}
				else if (!mapping.equals("iso30401") && !mapping.equals("-")) {
					problems.add(new Problem(number, "pksb.import.mapping", List.of(code)));
				}
				else if (name.isEmpty() || name.length() > PksbArea.MAX_NAME_LENGTH) {
					problems.add(new Problem(number, "pksb.import.areaName", List.of(PksbArea.MAX_NAME_LENGTH)));
				}
				else if (named != null && !named.equals(areaId)) {
					problems.add(new Problem(number, "pksb.import.areaNameTaken", List.of(name)));
				}
				else {
					namesAfter.values().remove(areaId);
					namesAfter.put(name.toLowerCase(Locale.ROOT), areaId);
					areas.add(new AreaLine(number, areaId, mapping.equals("iso30401"), name));
				}
			}
			else {
				problems.add(new Problem(number, "pksb.import.kind", List.of(fields.get(0).strip())));
			}
		}
		if (problems.isEmpty() && levels.isEmpty() && subAreas.isEmpty() && areas.isEmpty()) {
			problems.add(new Problem(0, "pksb.import.empty", List.of()));
		}
		if (!levels.isEmpty() && levels.size() < 2) {
			problems.add(new Problem(0, "pksb.import.tooFewLevels", List.of()));
		}
		levels.sort((a, b) -> Integer.compare(a.level(), b.level()));
		return new Parsed(levels, subAreas, areas, problems);
	}

	private static boolean isHeader(String line) {
		List<String> header = fields(line.startsWith("\uFEFF") ? line.substring(1) : line);
		return header != null && header.stream()
			.map((h) -> h.strip().toLowerCase(Locale.ROOT))
			.toList()
			.equals(List.of("kind", "area", "code", "text"));
	}

	private static Integer number(String text) {
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	/** The fields of one line, or null when a quote is left open. */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		fields.add(field.toString());
		return fields;
	}

}
