package org.chartfolio.evidence;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrives, before anything is checked: the name the browser sent, its size
 * and a way to read it (as often as needed: multipart parts above the threshold are on
 * disk).
 */
record Upload(String originalName, long size, InputStreamSource content) {

	boolean isEmpty() {
		return this.size == 0 && (this.originalName == null || this.originalName.isBlank());
	}

}
