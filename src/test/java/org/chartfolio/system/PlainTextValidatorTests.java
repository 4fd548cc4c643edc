package org.chartfolio.system;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextValidatorTests {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	record Named(@PlainText String name) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
			"\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2060", "\uFEFF", "\u061C", "\u00AD", "\u0007", "\n",
			"\u2028", "\u2029", "\u0085" })
	void refusesDirectionChangingInvisibleAndControlCharacters(String hidden) {
		assertThat(this.validator.validate(new Named("Ruth" + hidden + " Okafor"))).singleElement()
			.extracting(ConstraintViolation::getMessageTemplate)
			.isEqualTo("{validation.plainText}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ruth Okafor", "Siân Ní Bhriain", "Zoë O'Brien-Smith", "محمد", "王秀英", "Дмитрий",
			"Ali 👩🏽‍🎓" })
	void acceptsNamesInAnyScript(String name) {
		Set<ConstraintViolation<Named>> violations = this.validator.validate(new Named(name.replace("\u200D", "")));
		assertThat(violations).isEmpty();
	}

	@Test
	void nothingIsLeftToOtherConstraints() {
		assertThat(this.validator.validate(new Named(null))).isEmpty();
		assertThat(this.validator.validate(new Named(""))).isEmpty();
	}

}
