package org.chartfolio.archive;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.system.Downloads;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequiredArgsConstructor
class ArchiveController {

	private final ArchiveService archive;

	@Requires(Permission.OWN)
	@GetMapping("/portfolios/{portfolioId}/archive")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("archive", this.archive.page(user, portfolioId));
		return "archive/page";
	}

	@Requires(Permission.OWN)
	@GetMapping("/portfolios/{portfolioId}/archive/export")
	void export(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			HttpServletResponse response) throws IOException {
		String name = this.archive.fileName(user, portfolioId);
		Downloads.attachment(response, name, new MediaType("application", "zip"));
		this.archive.export(user, portfolioId, response.getOutputStream());
	}

	@Requires(Permission.WRITE)
	@PostMapping("/portfolios/{portfolioId}/archive/submit")
	String freeze(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			RedirectAttributes redirect) {
		redirect.addAttribute("copyId", this.archive.freeze(user, portfolioId));
		redirect.addFlashAttribute("notice", "archive.frozen.made");
		return "redirect:/portfolios/{copyId}";
	}

	@GetMapping("/portfolios/import")
	String importForm(@ModelAttribute("upload") ImportForm form) {
		return "archive/import";
	}

	@PostMapping("/portfolios/import")
	String importArchive(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("upload") ImportForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (form.getFile() == null || form.getFile().isEmpty()) {
			result.rejectValue("file", "archive.import.required");
			return "archive/import";
		}
		try {
			long id = this.archive.importArchive(user, form.getFile());
			redirect.addFlashAttribute("notice", "archive.imported");
			return "redirect:/portfolios/" + id;
		}
		catch (Refusal problem) {
			result.rejectValue("file", problem.messageKey(), problem.arguments(), null);
			return "archive/import";
		}
	}

}
