package org.chartfolio.signoff;

import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.RequiredPlainText;

import org.springframework.web.multipart.MultipartFile;

/**
 * The supporter's letter: their name and role as they are printed, and the letter written
 * here (or uploaded).
 */
@Getter
@Setter
class LetterForm {

	@RequiredPlainText(max = SignOffDocument.MAX_NAME_LENGTH, required = "{signoff.letter.name.required}",
			tooLong = "{signoff.letter.name.tooLong}")
	private String name = "";

	@RequiredPlainText(max = SignOffDocument.MAX_ROLE_LENGTH, required = "{signoff.letter.role.required}",
			tooLong = "{signoff.role.tooLong}")
	private String role = "";

	@Size(max = SignOffDocument.MAX_TEXT_LENGTH, message = "{signoff.text.tooLong}")
	private String text = "";

	/** An uploaded letter instead of the text: a PDF or a text file. */
	private MultipartFile file;

}
