package org.chartfolio.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A name or a title a person must give: not blank, at most {@code max} characters and
 * {@link PlainText}. Each rule is checked, and reported at the field, on its own, with
 * the form's words for it: {@code required} when it is blank, {@code tooLong} when it is
 * too long (the plain-text message is the same everywhere).
 */
@Documented
@NotBlank
@Size
@PlainText
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiredPlainText {

	@OverridesAttribute(constraint = Size.class, name = "max")
	int max();

	@OverridesAttribute(constraint = NotBlank.class, name = "message")
	String required();

	@OverridesAttribute(constraint = Size.class, name = "message")
	String tooLong();

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
