package org.chartfolio.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL the module verification cannot see: every table one module's SQL names that another
 * module owns must be listed in the reading module's {@link ReadsTables}, with the
 * reason, and no module writes another's table. A table belongs to the module whose
 * entity maps it, else to the module whose SQL inserts into it. Reads the sources, since
 * SQL lives in string literals.
 */
class CrossModuleSqlTests {

	private static final Path SOURCES = Path.of("src/main/java/org/chartfolio");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern CREATE_TABLE = Pattern.compile("create table (?:if not exists )?([a-z_]+)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Tables the frameworks keep (sessions, event publications, scheduled jobs), which no
	 * module owns.
	 */
	private static final Pattern FRAMEWORK_TABLE = Pattern
		.compile("spring_session.*|event_publication.*|scheduled_tasks");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern ENTITY_TABLE = Pattern.compile("@Table\\(name = \"([a-z_]+)\"");

	private static final Pattern TABLE_USE = Pattern
		.compile("\\b(insert\\s+into|update|delete\\s+from|from|join)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);

	/** Per module, its SQL as text. */
	private static final Map<String, StringBuilder> sql = new TreeMap<>();

	private static final Map<String, String> owners = new TreeMap<>();

	/**
	 * The tables the migrations create: only these words after FROM, JOIN, INTO or UPDATE
	 * are tables.
	 */
	private static final Set<String> tables = new TreeSet<>();

	@BeforeAll
	static void readSources() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				Matcher created = CREATE_TABLE.matcher(Files.readString(file));
				while (created.find()) {
					tables.add(created.group(1).toLowerCase());
				}
			}
		}
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java"))
				.filter((path) -> SOURCES.relativize(path).getNameCount() > 1)
				.toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				String source = Files.readString(file);
				Matcher entity = ENTITY_TABLE.matcher(source);
				while (entity.find()) {
					owners.put(entity.group(1), module);
				}
				sql.computeIfAbsent(module, (name) -> new StringBuilder()).append(literals(source)).append('\n');
			}
		}
		sql.forEach((module, text) -> uses(text).forEach((use) -> {
			if (use.verb().toLowerCase().startsWith("insert")) {
				owners.putIfAbsent(use.table(), module);
			}
		}));
		Map<String, Set<String>> users = new TreeMap<>();
		sql.forEach((module, text) -> uses(text)
			.forEach((use) -> users.computeIfAbsent(use.table(), (table) -> new TreeSet<>()).add(module)));
		users.forEach((table, modules) -> {
			if (modules.size() == 1) {
				owners.putIfAbsent(table, modules.iterator().next());
			}
		});
	}

	@Test
	void everyOtherModulesTableAModuleReadsIsListedWithTheReason() {
		Map<String, Set<String>> read = new TreeMap<>();
		Map<String, Set<String>> listed = new TreeMap<>();
		sql.forEach((module, text) -> {
			read.put(module, new TreeSet<>());
			uses(text).stream()
				.filter((use) -> isOthers(use.table(), module))
				.forEach((use) -> read.get(module).add(use.table()));
			ReadsTables declared = declaredBy(module);
			listed.put(module, (declared != null) ? new TreeSet<>(Arrays.asList(declared.value())) : new TreeSet<>());
		});
		assertThat(listed).as("ReadsTables in each module's package-info").isEqualTo(read);
	}

	@Test
	void noModuleWritesAnotherModulesTable() {
		Set<String> writes = new TreeSet<>();
		sql.forEach((module, text) -> uses(text).stream()
			.filter((use) -> use.writes() && isOthers(use.table(), module))
			.forEach((use) -> writes.add(module + " writes " + use.table() + " of " + owners.get(use.table()))));
		assertThat(writes).isEmpty();
	}

	@Test
	void everyTableTheSqlNamesHasAnOwner() {
		Set<String> unowned = new TreeSet<>();
		sql.values()
			.forEach((text) -> uses(text).stream()
				.map(Use::table)
				.filter((table) -> !owners.containsKey(table) && !FRAMEWORK_TABLE.matcher(table).matches())
				.forEach(unowned::add));
		assertThat(unowned).as("tables several modules use that no entity maps and no module inserts into").isEmpty();
	}

	private static ReadsTables declaredBy(String module) {
		try {
			return Class.forName("org.chartfolio." + module + ".package-info").getAnnotation(ReadsTables.class);
		}
		catch (ClassNotFoundException noPackageInfo) {
			return null;
		}
	}

	private static boolean isOthers(String table, String module) {
		String owner = owners.get(table);
		return owner != null && !owner.equals(module);
	}

	private static String literals(String source) {
		StringBuilder text = new StringBuilder();
		Matcher block = TEXT_BLOCK.matcher(source);
		while (block.find()) {
			text.append(block.group(1)).append('\n');
		}
		Matcher string = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
		while (string.find()) {
			text.append(string.group(1)).append('\n');
		}
		return text.toString();
	}

	private static List<Use> uses(CharSequence text) {
		List<Use> uses = new ArrayList<>();
		Matcher use = TABLE_USE.matcher(text);
		while (use.find()) {
			if (!tables.contains(use.group(2).toLowerCase())) {
				continue;
			}
			uses.add(new Use(use.group(1).replaceAll("\\s+", " "), use.group(2).toLowerCase()));
		}
		return uses;
	}

	private record Use(String verb, String table) {

		boolean writes() {
			String lower = this.verb.toLowerCase();
			return lower.startsWith("insert") || lower.equals("update") || lower.startsWith("delete");
		}

	}

}
