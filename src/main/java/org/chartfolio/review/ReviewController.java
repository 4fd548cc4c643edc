package org.chartfolio.review;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.portfolio.SectionReviewRefusedException;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.StaleEditException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A section's review page: where it stands, the steps the viewer may take, and the
 * comment threads ({@link ReviewThreadController} takes what is done to those). The
 * candidate's steps (ready for review, reopen) are for the candidate alone; deciding a
 * review needs {@link Permission#CHANGE}, open to the mentor too, and the service
 * decides. When a step is refused the page is shown again with what was typed and why.
 */
@Controller
@RequestMapping("/portfolios/{portfolioId}/sections/{sectionId}/review")
@RequiredArgsConstructor
class ReviewController {

	private static final String VIEW = "review/section";

	/**
	 * The comment form for one paragraph, which htmx puts under the paragraph in place.
	 */
	private static final String COMMENT_FORM = VIEW + " :: openCommentForm";

	private final ReviewPages pages;

	private final ReviewSteps steps;

	@Requires(Permission.READ)
	@GetMapping
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @RequestParam(required = false) Integer paragraph, HtmxRequest htmx,
			Model model) {
		ReviewService.ReviewPage page = this.pages.page(user, portfolioId, sectionId);
		CommentForm comment = new CommentForm();
		comment.setParagraph(paragraph);
		String view = show(page, new ReviewStepForm(), comment, model);
		// Without JavaScript the link reloads the page with the form open under the
		// paragraph.
		return (htmx.isHtmxRequest() && paragraph != null) ? COMMENT_FORM : view;
	}

	@Requires(Permission.WRITE)
	@PostMapping("/ready")
	String ready(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @ModelAttribute("step") ReviewStepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(user, portfolioId, sectionId, form, result, model, redirect, "review.readyDone",
				() -> this.steps.markReadyForReview(user, portfolioId, sectionId, form.getVersion()));
	}

	@Requires(Permission.CHANGE)
	@PostMapping("/request-changes")
	String requestChanges(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @ModelAttribute("step") ReviewStepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(user, portfolioId, sectionId, form, result, model, redirect, "review.changesRequested",
				() -> this.steps.requestChanges(user, portfolioId, sectionId, form.getVersion(), form.getComment()));
	}

	@Requires(Permission.CHANGE)
	@PostMapping("/approve")
	String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @ModelAttribute("step") ReviewStepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(user, portfolioId, sectionId, form, result, model, redirect, "review.approved",
				() -> this.steps.approve(user, portfolioId, sectionId, form.getVersion(), form.isDespiteUnresolved()));
	}

	@Requires(Permission.WRITE)
	@PostMapping("/reopen")
	String reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long sectionId, @ModelAttribute("step") ReviewStepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(user, portfolioId, sectionId, form, result, model, redirect, "review.reopened",
				() -> this.steps.reopen(user, portfolioId, sectionId, form.getVersion(), form.getReason()));
	}

	private String step(SignedInUser user, long portfolioId, long sectionId, ReviewStepForm form, BindingResult result,
			Model model, RedirectAttributes redirect, String done, Runnable action) {
		String problem = null;
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
			return form.returnPlace().redirect();
		}
		catch (FieldProblem field) {
			problem = field.messageKey();
			field.rejectOn(result);
		}
		catch (SectionReviewRefusedException refused) {
			problem = refused.messageKey();
			model.addAttribute("reviewProblem", refused.messageKey());
		}
		catch (UnresolvedThreadsException unresolved) {
			// Not a failure: the page asks whether to approve all the same, next to the
			// decision.
			model.addAttribute("confirmApproval", unresolved.unresolved());
		}
		catch (StaleEditException stale) {
			problem = "review.stale";
			model.addAttribute("reviewProblem", "review.stale");
		}
		if (problem != null && form.returnPlace() != ReviewReturn.REVIEW) {
			// Taken from the section's own page: back there, the reason next to its field
			// with what was typed.
			redirect.addFlashAttribute("statusProblem", problem);
			redirect.addFlashAttribute("statusReason", form.getReason());
			return form.returnPlace().redirect() + "#section-status";
		}
		// Shown again with what was typed; the version becomes the current one once the
		// page is reread.
		ReviewService.ReviewPage page = this.pages.page(user, portfolioId, sectionId);
		form.setVersion(page.section().version());
		return show(page, form, new CommentForm(), model);
	}

	/**
	 * The review page with its forms; also what a refused comment or reply falls back on.
	 */
	static String show(ReviewService.ReviewPage page, ReviewStepForm step, CommentForm comment, Model model) {
		if (step.getVersion() == 0) {
			step.setVersion(page.section().version());
		}
		model.addAttribute("page", page);
		if (!model.containsAttribute("step")) {
			model.addAttribute("step", step);
		}
		if (!model.containsAttribute("comment")) {
			model.addAttribute("comment", comment);
		}
		// The paragraph whose comment form is open; a number the text does not have opens
		// none.
		Integer paragraph = comment.getParagraph();
		boolean open = paragraph != null && paragraph >= 1 && paragraph <= page.text().size();
		model.addAttribute("openParagraph", open ? paragraph : null);
		return VIEW;
	}

}