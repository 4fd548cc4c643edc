package org.chartfolio.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A single line of plain text, such as a person's name or a title: no characters that
 * change the direction of the text around them (U+202A to U+202E, U+2066 to U+2069,
 * U+200E, U+200F, U+061C), no invisible ones (zero-width spaces and joiners U+200B to
 * U+200D, U+2060, U+FEFF, the soft hyphen and every other Unicode format character) and
 * no control characters, line breaks included. Such characters let a name look like
 * another person's in a list, or turn the words after it around, while a reader sees
 * nothing wrong. Null and empty are valid (other constraints say whether a value is
 * needed).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "{validation.plainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
