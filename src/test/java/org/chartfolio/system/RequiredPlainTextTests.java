package org.chartfolio.system;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredPlainTextTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void aNameGivenInPlainTextWithinItsLengthPasses() {
		assertThat(problems("Ruth Okafor")).isEmpty();
	}

	@Test
	void aBlankNameGetsTheFormsWordsForMissing() {
		assertThat(problems("   ")).containsExactly("NotBlank: Enter a name");
	}

	@Test
	void aLongNameGetsTheFormsWordsForTooLongWithTheLimitItGave() {
		assertThat(problems("Ruth Okafor-Smith")).containsExactly("Size(12): Twelve at most");
	}

	@Test
	void hiddenCharactersGetThePlainTextMessage() {
		assertThat(problems("Ruth\u200BOk")).containsExactly("PlainText: {validation.plainText}");
	}

	private static List<String> problems(String name) {
		return VALIDATOR.validate(new Named(name)).stream().map(RequiredPlainTextTests::describe).sorted().toList();
	}

	private static String describe(ConstraintViolation<?> violation) {
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		Object max = violation.getConstraintDescriptor().getAttributes().get("max");
		return constraint + ((max != null) ? "(" + max + ")" : "") + ": " + violation.getMessage();
	}

	record Named(@RequiredPlainText(max = 12, required = "Enter a name", tooLong = "Twelve at most") String name) {
	}

}
