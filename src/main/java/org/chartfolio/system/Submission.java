package org.chartfolio.system;

import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

/**
 * The one way a controller runs the command behind a form: not at all when the form
 * already has errors, and when the command refuses the input, with the refusal on the
 * form, so that the form is shown again with what was typed and why. It takes a
 * {@link FieldProblem} (shown next to its field) and, for an edit of a versioned thing, a
 * {@link StaleEditException} (shown above the form, which takes the current version so
 * that saving again is a deliberate choice). Anything else goes on as it would without
 * it.
 *
 * <pre>
 * if (Submission.of(result, form::setVersion).succeeds(() -&gt; this.plan.update(...))) {
 *     return "redirect:...";
 * }
 * return editView(...);
 * </pre>
 */
public final class Submission {

	private final BindingResult result;

	private final String staleKey;

	private final LongConsumer currentVersion;

	private Submission(BindingResult result, String staleKey, LongConsumer currentVersion) {
		this.result = result;
		this.staleKey = staleKey;
		this.currentVersion = currentVersion;
	}

	/** For a command that edits nothing versioned. */
	public static Submission of(BindingResult result) {
		return new Submission(result, null, null);
	}

	/**
	 * For an edit of a versioned thing: an edit of an outdated version says so
	 * ({@code form.stale}) and hands the current version on to the form
	 * ({@code form::setVersion}).
	 */
	public static Submission of(BindingResult result, LongConsumer currentVersion) {
		return new Submission(result, "form.stale", currentVersion);
	}

	/** The page's own words for an outdated edit, instead of {@code form.stale}. */
	public Submission staleMessage(String messageKey) {
		return new Submission(this.result, messageKey, this.currentVersion);
	}

	/**
	 * Runs the command; false when the form has errors, before or from the command, and
	 * is shown again.
	 */
	public boolean succeeds(Runnable command) {
		return returns(() -> {
			command.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/**
	 * Runs a command that answers something (the new item's id, never null); empty when
	 * the form is shown again.
	 */
	public <T> Optional<T> returns(Supplier<T> command) {
		if (this.result.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(command.get());
		}
		catch (FieldProblem problem) {
			problem.rejectOn(this.result);
		}
		catch (StaleEditException stale) {
			if (this.currentVersion == null) {
				throw stale;
			}
			this.result.reject(this.staleKey);
			this.currentVersion.accept(stale.currentVersion());
		}
		return Optional.empty();
	}

}
