package org.chartfolio.review;

import java.util.function.LongConsumer;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.portfolio.SectionLockedException;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.Refusal;
import org.chartfolio.system.StaleEditException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The comment threads of a section's review: a new thread, a reply, and the steps on a
 * thread (resolve, reopen, and the candidate's answer to a suggested wording). Commenting
 * needs {@link Permission#CHANGE}, open to the mentor too; answering a suggestion is the
 * candidate's alone. A reply or a step may come from the review page, the section page or
 * the editor, and goes back there; with htmx beside the text, the thread comes back alone
 * in place.
 */
@Controller
@RequestMapping("/portfolios/{portfolioId}/sections/{sectionId}/review")
@RequiredArgsConstructor
class ReviewThreadController {

	private static final String REVIEW_PAGE = "redirect:/portfolios/{portfolioId}/sections/{sectionId}/review";

	private final ReviewPages pages;

	private final ThreadEditing editing;

	private final ReviewDiscussion discussion;

	@Requires(Permission.CHANGE)
	@PostMapping("/threads")
	String comment(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @ModelAttribute("comment") CommentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			long threadId = this.editing.comment(user, portfolioId, sectionId, form.getBody(), form.getParagraph(),
					form.getQuote(), form.getSuggestion());
			redirect.addFlashAttribute("notice", "review.comment.posted");
			return REVIEW_PAGE + "#thread-" + threadId;
		}
		catch (FieldProblem problem) {
			problem.rejectOn(result);
		}
		return ReviewController.show(this.pages.page(user, portfolioId, sectionId), new ReviewStepForm(), form, model);
	}

	@Requires(Permission.CHANGE)
	@PostMapping("/threads/{threadId}/replies")
	String reply(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @PathVariable long threadId, @ModelAttribute("reply") CommentForm form,
			@RequestParam(required = false) String back, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		Beside beside = Beside.of(back, htmx.isHtmxRequest());
		try {
			this.editing.reply(user, portfolioId, sectionId, threadId, form.getBody());
			if (beside.inPlace()) {
				return threadAlone(user, portfolioId, sectionId, threadId, beside, model);
			}
			redirect.addFlashAttribute("notice", "review.reply.posted");
			return beside.redirect();
		}
		catch (FieldProblem problem) {
			model.addAttribute("replyFor", threadId);
			model.addAttribute("replyProblem", problem.messageKey());
			model.addAttribute("replyText", form.getBody());
			if (beside.inPlace()) {
				return threadAlone(user, portfolioId, sectionId, threadId, beside, model);
			}
			if (beside.page() != null) {
				// The editor or the section page shows it again: the problem and the
				// words typed go with it.
				redirect.addFlashAttribute("replyFor", threadId);
				redirect.addFlashAttribute("replyProblem", problem.messageKey());
				redirect.addFlashAttribute("replyText", form.getBody());
				return beside.redirect();
			}
		}
		return ReviewController.show(this.pages.page(user, portfolioId, sectionId), new ReviewStepForm(),
				new CommentForm(), model);
	}

	@Requires(Permission.CHANGE)
	@PostMapping("/threads/{threadId}/resolve")
	String resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @PathVariable long threadId, @ModelAttribute ThreadStepForm form,
			BindingResult result, @RequestParam(required = false) String back, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return threadStep(user, portfolioId, sectionId, threadId, form, result, Beside.of(back, htmx.isHtmxRequest()),
				model, redirect, "review.thread.resolved",
				(version) -> this.editing.resolve(user, portfolioId, sectionId, threadId, version));
	}

	@Requires(Permission.WRITE)
	@PostMapping("/threads/{threadId}/suggestion/accept")
	String acceptSuggestion(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @PathVariable long threadId, @ModelAttribute ThreadStepForm form,
			BindingResult result, @RequestParam(required = false) String back, Model model,
			RedirectAttributes redirect) {
		// Never in place: the text changes, so the page that shows it is loaded afresh.
		return threadStep(user, portfolioId, sectionId, threadId, form, result, Beside.of(back, false), model, redirect,
				"review.suggestion.accepted",
				(version) -> this.editing.acceptSuggestion(user, portfolioId, sectionId, threadId, version));
	}

	@Requires(Permission.WRITE)
	@PostMapping("/threads/{threadId}/suggestion/decline")
	String declineSuggestion(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @PathVariable long threadId, @ModelAttribute ThreadStepForm form,
			BindingResult result, @RequestParam(required = false) String back, Model model,
			RedirectAttributes redirect) {
		return threadStep(user, portfolioId, sectionId, threadId, form, result, Beside.of(back, false), model, redirect,
				"review.suggestion.declined",
				(version) -> this.editing.declineSuggestion(user, portfolioId, sectionId, threadId, version));
	}

	@Requires(Permission.CHANGE)
	@PostMapping("/threads/{threadId}/reopen")
	String reopenThread(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @PathVariable long threadId, @ModelAttribute ThreadStepForm form,
			BindingResult result, @RequestParam(required = false) String back, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		return threadStep(user, portfolioId, sectionId, threadId, form, result, Beside.of(back, htmx.isHtmxRequest()),
				model, redirect, "review.thread.reopened",
				(version) -> this.editing.reopenThread(user, portfolioId, sectionId, threadId, version));
	}

	/**
	 * The page a reply or a step on a thread was made from: the review page (page null),
	 * the section page ("section") or the editor ("edit"), and whether htmx asked for the
	 * thread alone in place. Only these names are taken, so a form cannot send anybody
	 * elsewhere.
	 */
	record Beside(String page, boolean htmx) {

		static Beside of(String back, boolean htmx) {
			String page = ("edit".equals(back) || "section".equals(back)) ? back : null;
			return new Beside(page, htmx);
		}

		/**
		 * The thread alone, in place: only beside the text (the review page reloads
		 * itself).
		 */
		boolean inPlace() {
			return this.htmx && this.page != null;
		}

		/** Filled in from the step's own address: its portfolio, section and thread. */
		String redirect() {
			String section = "redirect:/portfolios/{portfolioId}/sections/{sectionId}";
			String where = (this.page == null) ? section + "/review"
					: ("edit".equals(this.page) ? section + "/edit" : section);
			return where + "#thread-{threadId}";
		}

	}

	private String threadAlone(SignedInUser user, long portfolioId, long sectionId, long threadId, Beside beside,
			Model model) {
		ReviewDiscussion.Alone alone = this.discussion.alone(user, portfolioId, sectionId, threadId);
		model.addAttribute("thread", alone.thread());
		model.addAttribute("sectionUrl", "/portfolios/" + portfolioId + "/sections/" + sectionId);
		model.addAttribute("candidate", alone.candidate());
		model.addAttribute("changeable", alone.changeable());
		model.addAttribute("writable", alone.writable());
		model.addAttribute("back", beside.page());
		return "fragments/threads :: threadAlone";
	}

	/**
	 * Without a version (or with one that is not a number) nothing is changed: the thread
	 * page says so, as it does when somebody else changed the thread first. In place
	 * (htmx), the thread comes back alone with what became of the step.
	 */
	private String threadStep(SignedInUser user, long portfolioId, long sectionId, long threadId, ThreadStepForm form,
			BindingResult result, Beside beside, Model model, RedirectAttributes redirect, String done,
			LongConsumer action) {
		String problem = null;
		if (result.hasErrors() || form.getVersion() == null) {
			problem = "review.thread.noVersion";
		}
		else {
			try {
				action.accept(form.getVersion());
			}
			catch (Refusal refused) {
				problem = refused.messageKey();
			}
			catch (StaleEditException stale) {
				problem = "review.thread.stale";
			}
			catch (SectionLockedException locked) {
				problem = "review.suggestion.locked";
			}
		}
		if (beside.inPlace()) {
			model.addAttribute("threadProblem", problem);
			model.addAttribute("threadProblemFor", threadId);
			return threadAlone(user, portfolioId, sectionId, threadId, beside, model);
		}
		if (problem != null) {
			redirect.addFlashAttribute((beside.page() != null) ? "threadProblem" : "reviewProblem", problem);
			redirect.addFlashAttribute("threadProblemFor", threadId);
		}
		else {
			redirect.addFlashAttribute("notice", done);
		}
		return beside.redirect();
	}

}
