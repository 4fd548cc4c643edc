package org.chartfolio.evidence;

import java.util.List;
import java.util.Objects;

import org.springframework.web.multipart.MultipartFile;

/**
 * Turns multipart parts into {@link Upload}s without reading them: their bytes stay on
 * disk.
 */
final class Uploads {

	private Uploads() {
	}

	static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(Objects::nonNull).map(Uploads::of).filter((u) -> !u.isEmpty()).toList();
	}

	static Upload of(MultipartFile file) {
		if (file == null) {
			return null;
		}
		return new Upload(file.getOriginalFilename(), file.getSize(), file);
	}

}
