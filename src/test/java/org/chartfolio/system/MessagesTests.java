package org.chartfolio.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user reads comes from messages.properties: templates hold no literal text,
 * and every message key they or the Java code use exists.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	/**
	 * Text between tags, once comments, scripts, styles and Thymeleaf-only blocks are
	 * gone.
	 */
	private static final Pattern TEXT_NODE = Pattern.compile("<([a-zA-Z][\\w:-]*)([^>]*)>([^<]*)");

	private static final Pattern USER_FACING_ATTRIBUTE = Pattern
		.compile("\\s(alt|title|placeholder|aria-label|value|content)=\"([^\"]*[A-Za-z][^\"]*)\"");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.-]+)");

	private static final Pattern JAVA_KEY = Pattern.compile(
			"(?:addFlashAttribute\\(\"notice\", |(?:new (?:AccountProblem|FieldProblem)|rejectValue)\\(\"\\w+\", |Optional\\.of\\()\"([\\w.]+)\"");

	private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([\\w.]+)\\}\"");

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = stripNonText(Files.readString(template));
			Matcher node = TEXT_NODE.matcher(html);
			while (node.find()) {
				String attributes = node.group(2);
				String text = node.group(3).strip();
				boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext");
				if (!replaced && text.matches(".*\\p{L}.*")) {
					literals.add(TEMPLATES.relativize(template) + ": \"" + text + "\"");
				}
			}
			Matcher attribute = USER_FACING_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				String name = attribute.group(1);
				String value = attribute.group(2);
				boolean machineValue = name.equals("content") || name.equals("value");
				if (!machineValue) {
					literals.add(TEMPLATES.relativize(template) + ": " + name + "=\"" + value + "\"");
				}
			}
		}
		assertThat(literals).as("literal text in templates; use th:text=\"#{...}\" and messages.properties").isEmpty();
	}

	@Test
	void everyMessageKeyInUseExists() throws IOException {
		Properties messages = messages();
		TreeSet<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			collect(TEMPLATE_KEY, Files.readString(template), messages, missing);
		}
		try (Stream<Path> sources = Files.walk(JAVA)) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				String java = Files.readString(source);
				collect(JAVA_KEY, java, messages, missing);
				collect(VALIDATION_KEY, java, messages, missing);
			}
		}
		assertThat(missing).as("message keys used but missing from messages.properties").isEmpty();
	}

	@Test
	void theLiteralTextCheckCatchesLiteralText() {
		String html = "<p>Hello there</p><p th:text=\"#{x}\">Fallback</p><img alt=\"A photo\">";
		Matcher node = TEXT_NODE.matcher(stripNonText(html));
		List<String> found = new ArrayList<>();
		while (node.find()) {
			if (!node.group(2).contains("th:text") && node.group(3).matches(".*\\p{L}.*")) {
				found.add(node.group(3));
			}
		}
		assertThat(found).containsExactly("Hello there");
		assertThat(USER_FACING_ATTRIBUTE.matcher(html).find()).isTrue();
	}

	private static void collect(Pattern pattern, String source, Properties messages, TreeSet<String> missing) {
		Matcher key = pattern.matcher(source);
		while (key.find()) {
			if (!messages.containsKey(key.group(1))) {
				missing.add(key.group(1));
			}
		}
	}

	private static String stripNonText(String html) {
		return html.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?s)<script[^>]*>.*?</script>", "")
			.replaceAll("(?s)<style[^>]*>.*?</style>", "");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties messages() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
