package org.chartfolio.archive;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.archive.Leap2aImport.Candidate;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.system.Downloads;
import org.chartfolio.system.Flash;
import org.chartfolio.system.Refusal;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Import evidence from another ePortfolio" (Leap2A) on the evidence page, and the Leap2A
 * export on "Your data".
 */
@Controller
@RequiredArgsConstructor
class Leap2aController {

	private final Leap2aService leap2a;

	private final Leap2aDownload download;

	@Requires(Permission.WRITE)
	@GetMapping("/portfolios/{portfolioId}/evidence/import/new")
	String uploadForm(@PathVariable long portfolioId, @ModelAttribute("upload") Leap2aUploadForm form,
			BindingResult result, @RequestParam(required = false) String tooLarge) {
		if (tooLarge != null) {
			// Sent back by the upload filter: the upload was over the server's limit and
			// nothing was read.
			result.rejectValue("file", "leap2a.import.uploadTooLarge");
		}
		return "archive/leap2a-upload";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/portfolios/{portfolioId}/evidence/import/new")
	String upload(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@ModelAttribute("upload") Leap2aUploadForm form, BindingResult result, RedirectAttributes redirect) {
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue("file", "leap2a.import.required");
			return "archive/leap2a-upload";
		}
		try {
			UUID id = this.leap2a.upload(user, portfolioId, form.getFile(), form.getFile().getOriginalFilename());
			redirect.addAttribute("uploadId", id.toString());
			return "redirect:/portfolios/{portfolioId}/evidence/import/{uploadId}";
		}
		catch (Refusal problem) {
			result.rejectValue("file", problem.messageKey(), problem.arguments(), null);
			return "archive/leap2a-upload";
		}
	}

	@Requires(Permission.WRITE)
	@GetMapping("/portfolios/{portfolioId}/evidence/import/{uploadId}")
	String preview(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable String uploadId, Model model) {
		Leap2aService.PreviewPage page = this.leap2a.preview(user, portfolioId, id(portfolioId, uploadId));
		Leap2aChoiceForm form = new Leap2aChoiceForm();
		form.setSelected(new java.util.ArrayList<>(page.preview().candidates().stream().map(Candidate::key).toList()));
		model.addAttribute("choice", form);
		model.addAttribute("page", page);
		return "archive/leap2a-preview";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/portfolios/{portfolioId}/evidence/import/{uploadId}")
	String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable String uploadId, @ModelAttribute("choice") Leap2aChoiceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UUID id = id(portfolioId, uploadId);
		try {
			this.leap2a.confirm(user, portfolioId, id, new Leap2aService.Choice(new LinkedHashSet<>(form.getSelected()),
					form.isTasksAsGoals(), "parts".equals(form.getPages())));
			redirect.addFlashAttribute("notice", "leap2a.imported");
			return "redirect:/portfolios/{portfolioId}/evidence";
		}
		catch (Refusal problem) {
			result.rejectValue("selected", problem.messageKey(), problem.arguments(), null);
			model.addAttribute("page", this.leap2a.preview(user, portfolioId, id));
			return "archive/leap2a-preview";
		}
	}

	@Requires(Permission.WRITE)
	@PostMapping("/portfolios/{portfolioId}/evidence/import/{uploadId}/discard")
	String discard(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable String uploadId, RedirectAttributes redirect) {
		Flash.to(redirect)
			.done("leap2a.discarded", () -> this.leap2a.discard(user, portfolioId, id(portfolioId, uploadId)));
		return "redirect:/portfolios/{portfolioId}/evidence";
	}

	@Requires(Permission.OWN)
	@GetMapping("/portfolios/{portfolioId}/archive/leap2a")
	void export(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			HttpServletResponse response) throws IOException {
		String name = this.download.exportName(user, portfolioId);
		Downloads.attachment(response, name, new MediaType("application", "zip"));
		this.download.export(user, portfolioId, response.getOutputStream());
	}

	/**
	 * An upload's id; anything that is not one is answered like an upload that does not
	 * exist.
	 */
	private static UUID id(long portfolioId, String uploadId) {
		try {
			return UUID.fromString(uploadId);
		}
		catch (IllegalArgumentException ex) {
			throw new PortfolioNotFoundException(portfolioId);
		}
	}

}
