package org.chartfolio.pksb;

import java.io.IOException;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of a PKSB framework (the general one unless {@code framework}
 * names another) and its import from a CSV file.
 */
@Controller
@RequestMapping("/admin/pksb")
@RequiredArgsConstructor
class FrameworkController {

	private final PksbFramework framework;

	@GetMapping
	String framework(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "framework", required = false) String code, Model model) {
		model.addAttribute("framework", this.framework.framework(user, code));
		return "pksb/framework";
	}

	@PostMapping("/import")
	String importFile(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "framework", required = false) String code,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		PksbFramework.FrameworkView chosen = this.framework.framework(user, code);
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			PksbFramework.Imported imported = this.framework.importCsv(user, chosen.code(), content);
			redirect.addFlashAttribute("imported", imported);
			redirect.addAttribute("framework", chosen.code());
			return "redirect:/admin/pksb";
		}
		catch (PksbFramework.ImportRefused refused) {
			model.addAttribute("problems", refused.problems());
			model.addAttribute("framework", chosen);
			return "pksb/framework";
		}
	}

}
