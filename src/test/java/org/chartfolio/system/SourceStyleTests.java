package org.chartfolio.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the formatter leaves alone: imports in one order everywhere (java, javax, jakarta,
 * the rest, Spring, then static imports; each group sorted and set apart by a blank
 * line), so a change shows only the imports it adds, and Lombok used for nothing but
 * writing constructors, getters and setters (no {@code @Data}, {@code @Builder},
 * {@code @Value}, {@code @SneakyThrows} and the like). spring-javaformat checks the rest
 * of the layout in the build.
 */
class SourceStyleTests {

	private static final int WIDTH = 120;

	private static final Set<String> LOMBOK_ALLOWED = Set.of("import lombok.RequiredArgsConstructor;",
			"import lombok.Getter;", "import lombok.Setter;", "import lombok.AccessLevel;");

	private static final List<String> GROUPS = List.of("java.", "javax.", "jakarta.", "", "org.springframework.");

	@Test
	void importsAreGroupedAndSorted() throws IOException {
		List<String> unsorted = new ArrayList<>();
		for (Path file : javaFiles()) {
			List<String> block = importBlock(Files.readAllLines(file));
			if (!block.equals(sorted(block))) {
				unsorted.add(file.toString());
			}
		}
		assertThat(unsorted).as("files whose imports are out of order (java, javax, jakarta, others, Spring, static)")
			.isEmpty();
	}

	@Test
	void lombokOnlyWritesConstructorsAndAccessors() throws IOException {
		List<String> others = new ArrayList<>();
		for (Path file : javaFiles()) {
			Files.readAllLines(file)
				.stream()
				.filter((line) -> line.startsWith("import lombok.") && !LOMBOK_ALLOWED.contains(line))
				.forEach((line) -> others.add(file + ": " + line));
		}
		assertThat(others).as("Lombok beyond @RequiredArgsConstructor, @Getter and @Setter").isEmpty();
	}

	@Test
	void mainCodeKeepsWithinTheFormattersWidth() throws IOException {
		List<String> wide = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
			for (Path file : walk.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).replace("\t", "    ").length() > WIDTH) {
						wide.add(file + ":" + (i + 1));
					}
				}
			}
		}
		assertThat(wide).as("lines over %d columns (a tab counts four), which the formatter leaves to us", WIDTH)
			.isEmpty();
	}

	private static List<Path> javaFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String root : List.of("src/main/java", "src/test/java")) {
			try (Stream<Path> walk = Files.walk(Path.of(root))) {
				walk.filter((path) -> path.toString().endsWith(".java")).sorted().forEach(files::add);
			}
		}
		return files;
	}

	/** The lines from the first import to the last, blank lines included. */
	private static List<String> importBlock(List<String> lines) {
		int first = -1;
		int last = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("import ")) {
				first = (first < 0) ? i : first;
				last = i;
			}
		}
		return (first < 0) ? List.of() : lines.subList(first, last + 1);
	}

	private static List<String> sorted(List<String> block) {
		List<String> imports = block.stream().filter((line) -> !line.isBlank()).distinct().toList();
		List<String> result = new ArrayList<>();
		for (int group = 0; group <= GROUPS.size(); group++) {
			int current = group;
			List<String> members = imports.stream()
				.filter((line) -> groupOf(line) == current)
				.sorted(Comparator.comparing((String line) -> line.substring(0, line.length() - 1)))
				.toList();
			if (!members.isEmpty()) {
				if (!result.isEmpty()) {
					result.add("");
				}
				result.addAll(members);
			}
		}
		return result;
	}

	private static int groupOf(String line) {
		if (line.startsWith("import static ")) {
			return GROUPS.size();
		}
		String name = line.substring("import ".length());
		for (int group = 0; group < GROUPS.size(); group++) {
			if (!GROUPS.get(group).isEmpty() && name.startsWith(GROUPS.get(group))) {
				return group;
			}
		}
		return GROUPS.indexOf("");
	}

}
