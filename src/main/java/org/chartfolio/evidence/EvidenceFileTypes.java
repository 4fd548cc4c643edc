package org.chartfolio.evidence;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What an evidence file input offers in the browser's chooser ({@code accept}): the types
 * the locker keeps ({@link FileIntake#ALLOWED_TYPES}), with any image, so that a phone
 * offers its camera beside its files. The server still sniffs every upload and refuses
 * what it does not keep.
 */
@Component("evidenceFileTypes")
public class EvidenceFileTypes {

	private final String accept;

	EvidenceFileTypes() {
		Set<String> accepted = new LinkedHashSet<>();
		accepted.add("image/*");
		FileIntake.ALLOWED_TYPES.stream().filter((type) -> !type.startsWith("image/")).sorted().forEach(accepted::add);
		FileNames.EXTENSIONS.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().startsWith("image/"))
			.flatMap((entry) -> entry.getValue().stream())
			.sorted()
			.forEach((extension) -> accepted.add("." + extension));
		this.accept = String.join(",", accepted);
	}

	/** The value of an evidence file input's {@code accept} attribute. */
	public String accept() {
		return this.accept;
	}

}
