package org.chartfolio.archive;

import org.springframework.web.multipart.MultipartFile;

/** The import form: one ZIP file. */
class ImportForm {

	private MultipartFile file;

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
