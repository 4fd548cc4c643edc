package org.chartfolio.writing;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.portfolio.SectionLockedException;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.Flash;
import org.chartfolio.system.Submission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/portfolios/{portfolioId}/sections/{sectionId}")
@RequiredArgsConstructor
class WritingController {

	/** The time in "Saved (autosaved at 10:42)". */
	private static final java.time.format.DateTimeFormatter SAVED_AT = java.time.format.DateTimeFormatter
		.ofPattern("HH:mm");

	private final WritingPages pages;

	private final StatementEditing editing;

	@Requires(Permission.READ)
	@GetMapping
	String section(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, Model model) {
		return sectionView(user, portfolioId, sectionId, model);
	}

	@Requires(Permission.WRITE)
	@GetMapping("/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, Model model) {
		WritingPages.EditingPage page = this.pages.editing(user, portfolioId, sectionId);
		TextForm form = new TextForm();
		form.setBody(page.editor().body());
		form.setVersion(page.editor().version());
		model.addAttribute("text", form);
		return editView(page, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/edit")
	String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @ModelAttribute("text") TextForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			WritingService.SaveResult saved = this.editing.save(user, portfolioId, sectionId, form.getBody(),
					form.getVersion(), false);
			if (saved instanceof WritingService.Conflict conflict) {
				// The user's text stays in the editor; the version becomes the one now
				// saved, so that
				// saving the merged text goes through.
				form.setVersion(conflict.version());
				model.addAttribute("conflict", conflict);
			}
			else if (saved instanceof WritingService.Saved done) {
				redirect.addFlashAttribute("clearBackup", sectionId);
				if (done.changed()) {
					redirect.addFlashAttribute("notice", "writing.saved");
				}
				else {
					// Autosave got there first: say the text is saved, and when, not that
					// nothing happened.
					redirect.addFlashAttribute("notice", "writing.unchanged");
					redirect.addFlashAttribute("noticeArg", done.at().format(SAVED_AT));
				}
				return "redirect:/portfolios/{portfolioId}/sections/{sectionId}";
			}
		}
		catch (FieldProblem problem) {
			problem.rejectOn(result);
		}
		catch (SectionLockedException locked) {
			// Approved since the editor was opened: the typed text stays in the form,
			// with why.
			result.rejectValue("body", "writing.locked.refused");
			model.addAttribute("lockedWhileEditing", true);
		}
		return editView(this.pages.editing(user, portfolioId, sectionId), model);
	}

	/**
	 * The htmx autosave: same rules as Save; answers with the status line and the new
	 * version.
	 */
	@Requires(Permission.WRITE)
	@PostMapping("/autosave")
	String autosave(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @ModelAttribute("text") TextForm form, Model model) {
		try {
			WritingService.SaveResult saved = this.editing.save(user, portfolioId, sectionId, form.getBody(),
					form.getVersion(), true);
			if (saved instanceof WritingService.Conflict conflict) {
				model.addAttribute("conflict", conflict);
			}
			else {
				model.addAttribute("saved", saved);
			}
		}
		catch (FieldProblem problem) {
			model.addAttribute("problem", problem.messageKey());
		}
		catch (SectionLockedException locked) {
			model.addAttribute("problem", "writing.locked.refused");
		}
		return "writing/autosave";
	}

	/**
	 * Restoring, deleting or annotating an approved section's text is refused by the
	 * service; the editor page says why and offers to reopen the section.
	 */
	@ExceptionHandler(SectionLockedException.class)
	String locked() {
		return "redirect:/portfolios/{portfolioId}/sections/{sectionId}/edit";
	}

	@Requires(Permission.READ)
	@GetMapping("/revisions")
	String revisions(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		model.addAttribute("revisions", this.pages.revisions(user, portfolioId, sectionId));
		if (from != null && to != null) {
			model.addAttribute("comparison", this.pages.compare(user, portfolioId, sectionId, from, to));
		}
		return "writing/revisions";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/revisions/{number}/restore")
	String restore(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @PathVariable int number, RedirectAttributes redirect) {
		WritingService.Saved saved = this.editing.restore(user, portfolioId, sectionId, number);
		redirect.addFlashAttribute("clearBackup", sectionId);
		if (saved.changed()) {
			redirect.addFlashAttribute("notice", "writing.restored");
		}
		else {
			redirect.addFlashAttribute("notice", "writing.restoredUnchanged");
		}
		return "redirect:/portfolios/{portfolioId}/sections/{sectionId}";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/citations/{evidenceId}/note")
	String note(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @PathVariable long evidenceId, @ModelAttribute("note") NoteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Submission.of(result)
			.succeeds(() -> this.editing.annotate(user, portfolioId, sectionId, evidenceId, form.getNote()))) {
			redirect.addFlashAttribute("notice", "writing.note.saved");
			return "redirect:/portfolios/{portfolioId}/sections/{sectionId}#cited-{evidenceId}";
		}
		model.addAttribute("noteFor", evidenceId);
		return sectionView(user, portfolioId, sectionId, model);
	}

	@Requires(Permission.WRITE)
	@GetMapping("/clear")
	String confirmClear(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, Model model) {
		// Asking whether to delete the text is for the candidate alone.
		model.addAttribute("page", this.pages.page(user, portfolioId, sectionId));
		return "writing/clear";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/clear")
	String clear(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, RedirectAttributes redirect) {
		Flash.to(redirect).binned("writing.cleared", () -> this.editing.clear(user, portfolioId, sectionId));
		return "redirect:/portfolios/{portfolioId}/sections/{sectionId}";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/restore-text")
	String restoreCleared(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, RedirectAttributes redirect) {
		Flash.to(redirect)
			.done("writing.textRestored", () -> this.editing.restoreCleared(user, portfolioId, sectionId));
		return "redirect:/portfolios/{portfolioId}/sections/{sectionId}";
	}

	/**
	 * The section's page: its text, the comment threads beside it and its review status.
	 */
	private String sectionView(SignedInUser user, long portfolioId, long sectionId, Model model) {
		model.addAttribute("page", this.pages.reading(user, portfolioId, sectionId));
		return "writing/section";
	}

	/**
	 * The editor (its form, {@code text}, already in the model) and what it shows beside
	 * the text.
	 */
	private String editView(WritingPages.EditingPage page, Model model) {
		model.addAttribute("page", page);
		return "writing/edit";
	}

}
