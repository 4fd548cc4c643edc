package org.chartfolio.system;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a button that posts no form (revoke a link, take a snapshot, reopen a letter)
 * tells the page it redirects to: its notice when the command was done, or why it was
 * not, in the layout's {@code notice} and {@code problem} alerts. A {@link Refusal} shows
 * its own message; an edit of an outdated version shows {@code form.stale}, or the page's
 * own words for it. The form posts have {@link Submission} instead, which puts the
 * problem beside the field.
 */
public final class Flash {

	private final RedirectAttributes redirect;

	private final String staleKey;

	private Flash(RedirectAttributes redirect, String staleKey) {
		this.redirect = redirect;
		this.staleKey = staleKey;
	}

	public static Flash to(RedirectAttributes redirect) {
		return new Flash(redirect, "form.stale");
	}

	/** The page's own words for an outdated edit, instead of {@code form.stale}. */
	public Flash staleMessage(String messageKey) {
		return new Flash(this.redirect, messageKey);
	}

	/** Runs the command and says how it went; true when it was done. */
	public boolean done(String notice, Runnable command) {
		return returns(notice, () -> {
			command.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/**
	 * Runs a command that moves something to the bin; its notice says for how many days
	 * the bin keeps it ({@code {0}}).
	 */
	public boolean binned(String notice, Runnable command) {
		boolean done = done(notice, command);
		if (done) {
			this.redirect.addFlashAttribute("noticeArg", Bin.KEEPS.toDays());
		}
		return done;
	}

	/**
	 * Runs a command that answers something (the new item's id, never null) and says how
	 * it went; empty when it was refused.
	 */
	public <T> Optional<T> returns(String notice, Supplier<T> command) {
		try {
			T answer = command.get();
			this.redirect.addFlashAttribute("notice", notice);
			return Optional.of(answer);
		}
		catch (Refusal refused) {
			problem(refused);
		}
		catch (StaleEditException stale) {
			this.redirect.addFlashAttribute("problem", this.staleKey);
		}
		return Optional.empty();
	}

	/** Shows why the rules said no, with the message's argument where it has one. */
	public void problem(Refusal refused) {
		this.redirect.addFlashAttribute("problem", refused.messageKey());
		Object[] arguments = refused.arguments();
		if (arguments.length == 1) {
			this.redirect.addFlashAttribute("problemArg", arguments[0]);
		}
	}

}
