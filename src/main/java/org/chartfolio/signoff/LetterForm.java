package org.chartfolio.signoff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;

import org.springframework.web.multipart.MultipartFile;

/**
 * The supporter's letter: their name and role as they are printed, and the letter written
 * here (or uploaded).
 */
@Getter
@Setter
class LetterForm {

	@NotBlank(message = "{signoff.letter.name.required}")
	@Size(max = SignOffDocument.MAX_NAME_LENGTH, message = "{signoff.letter.name.tooLong}")
	@PlainText
	private String name = "";

	@NotBlank(message = "{signoff.letter.role.required}")
	@Size(max = SignOffDocument.MAX_ROLE_LENGTH, message = "{signoff.role.tooLong}")
	@PlainText
	private String role = "";

	@Size(max = SignOffDocument.MAX_TEXT_LENGTH, message = "{signoff.text.tooLong}")
	private String text = "";

	/** An uploaded letter instead of the text: a PDF or a text file. */
	private MultipartFile file;

}
