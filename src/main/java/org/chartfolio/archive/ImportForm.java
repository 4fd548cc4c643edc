package org.chartfolio.archive;

import lombok.Getter;
import lombok.Setter;

import org.springframework.web.multipart.MultipartFile;

/** The import form: one ZIP file. */
@Getter
@Setter
class ImportForm {

	private MultipartFile file;

}
