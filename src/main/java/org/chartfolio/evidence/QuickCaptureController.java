package org.chartfolio.evidence;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.system.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quick capture form that portfolio pages include: saves, then goes back to the page
 * it was on with the new item's number. When something is wrong it shows the form on a
 * page of its own.
 */
@Controller
@RequiredArgsConstructor
class QuickCaptureController {

	private final EvidenceEditing editing;

	private final EvidencePages pages;

	private final PortfolioAccess access;

	private final MessageSource messages;

	@Requires(Permission.WRITE)
	@PostMapping("/portfolios/{portfolioId}/evidence/capture")
	String capture(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("quickCapture") QuickCaptureForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		String title = form.titleOrFileName();
		if (!result.hasFieldErrors("title") && title.isEmpty()) {
			result.rejectValue("title", "evidence.capture.titleRequired");
		}
		if (!result.hasErrors() && !form.hasFileOrNote()) {
			result.rejectValue("note", "evidence.capture.fileOrNote");
		}
		if (!result.hasErrors()) {
			try {
				EvidenceSummary saved = this.editing.capture(user, portfolioId, title, form.getNote(),
						Uploads.of(form.getFile()));
				redirect.addFlashAttribute("captured", saved.label());
				return "redirect:" + form.safeReturnTo(portfolioId);
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field().equals("files") ? "file" : problem.field(), problem.messageKey(),
						problem.arguments(), null);
			}
		}
		return page(portfolio, form, result, locale, model);
	}

	/**
	 * Where a too-large quick capture lands (see {@link TooLargeUploadFilter}); otherwise
	 * an empty form.
	 */
	@Requires(Permission.WRITE)
	@GetMapping("/portfolios/{portfolioId}/evidence/capture")
	String capturePage(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@RequestParam(required = false) String tooLarge, Locale locale, Model model) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		QuickCaptureForm form = new QuickCaptureForm();
		BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "quickCapture");
		if (tooLarge != null) {
			result.rejectValue("file", "evidence.files.requestTooLarge", new Object[] { this.pages.maxFileSize() },
					null);
		}
		return page(portfolio, form, result, locale, model);
	}

	/**
	 * For {@link EvidenceUploadAdvice}: the empty form again, saying the upload was too
	 * large.
	 */
	String pageAfterTooLargeUpload(SignedInUser user, long portfolioId, Locale locale, Model model) {
		return capturePage(user, portfolioId, "", locale, model);
	}

	private String page(PortfolioRef portfolio, QuickCaptureForm form, BindingResult result, Locale locale,
			Model model) {
		long portfolioId = portfolio.id();
		Map<String, String> problems = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			problems.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("portfolioId", portfolioId);
		model.addAttribute("quickCapture", form);
		model.addAttribute("quickCaptureProblems", problems);
		model.addAttribute("quickCaptureReturnTo", form.safeReturnTo(portfolioId));
		return "evidence/capture";
	}

}
