package org.chartfolio.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.chartfolio.ChartfolioApplication;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the written-down module structure true: every module states whom it may use, and
 * uses all of them (so the statement is tight); the README's dependency list and the
 * PlantUML diagram in {@code src/docs/modules} are what the code says. When the code
 * changes, the test writes the new diagram and README block and fails once, so the change
 * is committed with the code.
 */
class ModuleDocumentationTests {

	private static final Path DIAGRAM = Path.of("src/docs/modules/components.puml");

	private static final Path README = Path.of("README.md");

	private static final String START = "<!-- module dependencies: written by ModuleDocumentationTests -->";

	private static final String END = "<!-- end of module dependencies -->";

	private final ApplicationModules modules = ApplicationModules.of(ChartfolioApplication.class);

	@Test
	void everyModuleStatesWhomItMayUseAndUsesThemAll() {
		this.modules.stream()
			.filter((module) -> !module.getIdentifier().toString().equals("system"))
			.forEach((module) -> {
				assertThat(declared(module)).as("allowedDependencies of %s", module.getIdentifier()).isNotEmpty();
				assertThat(declared(module))
					.as("allowedDependencies of %s, against what it uses", module.getIdentifier())
					.isEqualTo(used(module));
			});
	}

	@Test
	void theReadmeListsTheDependenciesTheCodeHas() throws IOException {
		String readme = Files.readString(README);
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		assertThat(start).as("README marker %s", START).isNotNegative();
		assertThat(end).as("README marker %s", END).isGreaterThan(start);
		String written = readme.substring(start + START.length(), end);
		String expected = "\n" + dependencyList() + "\n";
		if (!written.equals(expected)) {
			Files.writeString(README, readme.substring(0, start + START.length()) + expected + readme.substring(end));
		}
		assertThat(written).as("README's module dependencies (rewritten: commit README.md)").isEqualTo(expected);
	}

	@Test
	void theCommittedDiagramIsTheOneTheCodeDraws() throws IOException {
		Path generated = Path.of("target/module-docs");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
			.writeModulesAsPlantUml(
					Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
		String drawn = Files.readString(generated.resolve("components.puml"));
		String committed = Files.exists(DIAGRAM) ? Files.readString(DIAGRAM) : "";
		// The Documenter writes the relationships in no fixed order: compare the lines,
		// not their order.
		if (!sorted(drawn).equals(sorted(committed))) {
			Files.createDirectories(DIAGRAM.getParent());
			Files.writeString(DIAGRAM, drawn);
		}
		assertThat(sorted(committed)).as("%s (rewritten: commit it)", DIAGRAM).isEqualTo(sorted(drawn));
	}

	private static List<String> sorted(String text) {
		return text.lines().sorted().toList();
	}

	private String dependencyList() {
		return this.modules.stream()
			.map((module) -> "- `" + module.getIdentifier() + "` may use "
					+ (used(module).isEmpty() ? "no other module"
							: used(module).stream().map((name) -> "`" + name + "`").collect(Collectors.joining(", "))))
			.sorted()
			.collect(Collectors.joining("\n"));
	}

	private TreeSet<String> declared(ApplicationModule module) {
		try {
			Class<?> info = Class.forName(module.getBasePackage().getName() + ".package-info");
			return new TreeSet<>(List
				.of(info.getAnnotation(org.springframework.modulith.ApplicationModule.class).allowedDependencies()));
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("No package-info.java in " + module.getBasePackage().getName(), ex);
		}
	}

	private TreeSet<String> used(ApplicationModule module) {
		return module.getDirectDependencies(this.modules)
			.stream()
			.map((dependency) -> dependency.getTargetModule().getIdentifier().toString())
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
