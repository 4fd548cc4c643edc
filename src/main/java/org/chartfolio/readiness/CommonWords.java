package org.chartfolio.readiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Common English words (readiness/common-words.txt, from SCOWL's small British list): a
 * word written in capitals for emphasis, such as NOT or IMPORTANT, is not an acronym.
 */
@Component
class CommonWords {

	static final String RESOURCE = "/readiness/common-words.txt";

	private final Set<String> words;

	CommonWords() {
		this(load());
	}

	CommonWords(Set<String> words) {
		this.words = Set.copyOf(words);
	}

	boolean contains(String token) {
		return this.words.contains(token.toLowerCase(Locale.ROOT));
	}

	int size() {
		return this.words.size();
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
