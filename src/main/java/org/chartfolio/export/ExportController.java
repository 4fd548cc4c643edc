package org.chartfolio.export;

import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.system.Downloads;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/portfolios/{portfolioId}/export")
@RequiredArgsConstructor
class ExportController {

	/**
	 * Seconds between two looks at a running export, with htmx or, without JavaScript, by
	 * the page itself.
	 */
	static final int REFRESH_SECONDS = 2;

	private final ExportService exports;

	@Requires(Permission.READ)
	@GetMapping
	String start(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		return startView(user, portfolioId, new ExportForm(), model);
	}

	/**
	 * Open to the mentor, who reads the whole portfolio: exporting changes nothing in it.
	 * A portfolio that fails readiness checks needs the "export a draft" box ticked, or
	 * the page comes back saying so.
	 */
	@Requires(Permission.READ)
	@PostMapping("/pdf")
	String startPdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@ModelAttribute("exportForm") ExportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UUID job = this.exports.startPdf(user, portfolioId, form.isConfirmDraft());
			redirect.addAttribute("job", job);
			return "redirect:/portfolios/{portfolioId}/export/jobs/{job}";
		}
		catch (ExportService.DraftNotConfirmedException draft) {
			result.rejectValue("confirmDraft", "export.draft.confirm.required");
			return startView(user, portfolioId, form, model);
		}
	}

	private String startView(SignedInUser user, long portfolioId, ExportForm form, Model model) {
		model.addAttribute("before", this.exports.before(user, portfolioId));
		model.addAttribute("exportForm", form);
		return "export/start";
	}

	@Requires(Permission.READ)
	@GetMapping("/jobs/{jobId}")
	String job(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable String jobId,
			Model model) {
		ExportService.JobView job = this.exports.job(user, portfolioId, jobId);
		model.addAttribute("job", job);
		model.addAttribute("portfolioId", portfolioId);
		model.addAttribute("refreshSeconds", job.finished() ? null : REFRESH_SECONDS);
		return "export/job";
	}

	/** The same job's status alone, which htmx swaps in place while the PDF is made. */
	@Requires(Permission.READ)
	@HxRequest
	@GetMapping("/jobs/{jobId}")
	String jobStatus(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable String jobId, Model model) {
		job(user, portfolioId, jobId, model);
		return "export/job :: status";
	}

	@Requires(Permission.READ)
	@GetMapping("/jobs/{jobId}/pdf")
	ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal SignedInUser user,
			@PathVariable long portfolioId, @PathVariable String jobId) {
		ExportService.Download download = this.exports.download(user, portfolioId, jobId);
		return Downloads.attachment(download.fileName(), MediaType.APPLICATION_PDF)
			.contentLength(download.size())
			.cacheControl(CacheControl.noStore())
			.body(new InputStreamResource(download.content().open()));
	}

}
