package org.chartfolio.archive;

import org.springframework.web.multipart.MultipartFile;

/** The Leap2A upload form: one ZIP or leap2a.xml. */
class Leap2aUploadForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
