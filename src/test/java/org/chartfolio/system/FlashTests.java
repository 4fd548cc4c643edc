package org.chartfolio.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

class FlashTests {

	private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

	@Test
	void aCommandDoneShowsItsNotice() {
		boolean done = Flash.to(this.redirect).done("people.revoked", () -> {
		});

		assertThat(done).isTrue();
		assertThat(flash(this.redirect)).isEqualTo(Map.of("notice", "people.revoked"));
	}

	@Test
	void aCommandThatAnswersHandsTheAnswerOn() {
		Optional<Long> id = Flash.to(this.redirect).returns("pksb.goal.made", () -> 42L);

		assertThat(id).contains(42L);
		assertThat(flash(this.redirect)).containsEntry("notice", "pksb.goal.made");
	}

	@Test
	void somethingMovedToTheBinSaysForHowManyDaysTheBinKeepsIt() {
		boolean done = Flash.to(this.redirect).binned("goal.binned", () -> {
		});

		assertThat(done).isTrue();
		assertThat(flash(this.redirect)).isEqualTo(Map.of("notice", "goal.binned", "noticeArg", Bin.KEEPS.toDays()));
	}

	@Test
	void somethingTheBinRefusesSaysWhyAndNothingAboutDays() {
		boolean done = Flash.to(this.redirect).binned("goal.binned", () -> {
			throw new Refusal("goal.locked");
		});

		assertThat(done).isFalse();
		assertThat(flash(this.redirect)).isEqualTo(Map.of("problem", "goal.locked"));
	}

	@Test
	void aRefusalShowsItsOwnMessageWithItsArgumentAndNoNotice() {
		boolean done = Flash.to(this.redirect).done("people.revoked", () -> {
			throw new Refusal("bin.tooOld", 30);
		});

		assertThat(done).isFalse();
		assertThat(flash(this.redirect)).doesNotContainKey("notice")
			.containsEntry("problem", "bin.tooOld")
			.containsEntry("problemArg", 30);
	}

	@Test
	void aRefusalWithoutArgumentsShowsOnlyItsMessage() {
		Optional<Long> id = Flash.to(this.redirect).returns("pksb.goal.made", () -> {
			throw new Refusal("pksb.goal.exists");
		});

		assertThat(id).isEmpty();
		assertThat(flash(this.redirect)).isEqualTo(Map.of("problem", "pksb.goal.exists"));
	}

	@Test
	void anOutdatedEditSaysSoInThePagesOwnWordsOrTheCommonOnes() {
		Flash.to(this.redirect).done("signoff.reopened", () -> {
			throw new StaleEditException(3);
		});
		assertThat(flash(this.redirect)).isEqualTo(Map.of("problem", "form.stale"));

		RedirectAttributesModelMap other = new RedirectAttributesModelMap();
		Flash.to(other).staleMessage("signoff.stale").done("signoff.reopened", () -> {
			throw new StaleEditException(3);
		});
		assertThat(flash(other)).isEqualTo(Map.of("problem", "signoff.stale"));
	}

	private static Map<String, Object> flash(RedirectAttributesModelMap redirect) {
		return new HashMap<>(redirect.getFlashAttributes());
	}

}
