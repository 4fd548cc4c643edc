package org.chartfolio.archive;

import lombok.Getter;
import lombok.Setter;

import org.springframework.web.multipart.MultipartFile;

/** The Leap2A upload form: one ZIP or leap2a.xml. */
@Getter
@Setter
class Leap2aUploadForm {

	private MultipartFile file;

}
