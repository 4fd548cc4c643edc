package org.chartfolio.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainText}: refuses format, control and line or paragraph separator
 * characters.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return value == null || isPlain(value);
	}

	/** Whether the text holds no direction-changing, invisible or control character. */
	public static boolean isPlain(CharSequence value) {
		return value.codePoints().noneMatch(PlainTextValidator::refused);
	}

	/**
	 * The text without the characters {@link PlainText} refuses: for a name the person
	 * did not type (a file's).
	 */
	public static String plain(CharSequence value) {
		StringBuilder kept = new StringBuilder(value.length());
		value.codePoints().filter((codePoint) -> !refused(codePoint)).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static boolean refused(int codePoint) {
		int type = Character.getType(codePoint);
		// FORMAT (Cf) holds every bidi embedding, override, isolate and mark, the
		// zero-width space,
		// joiners, the word joiner, U+FEFF and the soft hyphen.
		return type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

}
