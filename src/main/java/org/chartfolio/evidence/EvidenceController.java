package org.chartfolio.evidence;

import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.system.Flash;
import org.chartfolio.system.Submission;

import org.springframework.dao.OptimisticLockingFailureException;
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

@Controller
@RequestMapping("/portfolios/{portfolioId}/evidence")
@RequiredArgsConstructor
class EvidenceController {

	private final EvidencePages pages;

	private final EvidenceEditing editing;

	private final PortfolioAccess access;

	@Requires(Permission.READ)
	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String cited, @RequestParam(required = false) Integer criterion,
			@RequestParam(defaultValue = "1") int page, Model model) {
		EvidenceKind chosenKind = Arrays.stream(EvidenceKind.values())
			.filter((k) -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
		boolean notCited = "no".equals(cited);
		String chosenTag = (tag == null || tag.isBlank()) ? null : tag;
		EvidenceViews.Filter filter = new EvidenceViews.Filter(chosenKind, chosenTag, notCited, criterion);
		model.addAttribute("list", this.pages.page(user, portfolioId, filter, page - 1));
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", EvidenceKind.values());
		return "evidence/list";
	}

	@Requires(Permission.WRITE)
	@GetMapping("/new")
	String newItem(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@RequestParam(required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			return formAfterTooLargeUpload(user, portfolioId, null, model);
		}
		return form(user, portfolioId, null, new EvidenceForm(), model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/new")
	String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("evidence") EvidenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<EvidenceSummary> saved = Submission.of(result)
			.returns(() -> this.editing.create(user, portfolioId, form.toDetails(), form.uploads()));
		if (saved.isPresent()) {
			return savedItem(saved.get(), redirect);
		}
		return form(user, portfolioId, null, form, model);
	}

	@Requires(Permission.READ)
	@GetMapping("/{number:\\d+}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable int number,
			Model model) {
		model.addAttribute("item", this.pages.details(user, portfolioId, number));
		return "evidence/show";
	}

	@Requires(Permission.WRITE)
	@GetMapping("/{number:\\d+}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable int number,
			@RequestParam(required = false) String tooLarge, Model model) {
		if (tooLarge != null) {
			return formAfterTooLargeUpload(user, portfolioId, number, model);
		}
		EvidenceForm form = EvidenceForm.of(this.pages.details(user, portfolioId, number));
		return form(user, portfolioId, number, form, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/{number:\\d+}/edit")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable int number,
			@Valid @ModelAttribute("evidence") EvidenceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getVersion() == null) {
			result.reject("evidence.stale");
		}
		// Saving again with the current version, which the form now carries, replaces the
		// other change.
		Submission submission = Submission.of(result, form::setVersion).staleMessage("evidence.stale");
		try {
			Optional<EvidenceSummary> saved = submission.returns(() -> this.editing.update(user, portfolioId, number,
					form.getVersion(), form.toDetails(), form.getNumber(), form.uploads()));
			if (saved.isPresent()) {
				return savedItem(saved.get(), redirect);
			}
		}
		catch (OptimisticLockingFailureException changed) {
			form.setVersion(this.pages.details(user, portfolioId, number).version());
			result.reject("evidence.stale");
		}
		return form(user, portfolioId, number, form, model);
	}

	private static String savedItem(EvidenceSummary saved, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "evidence.saved");
		redirect.addAttribute("number", saved.number());
		return "redirect:/portfolios/{portfolioId}/evidence/{number}";
	}

	@Requires(Permission.WRITE)
	@GetMapping("/{number:\\d+}/delete")
	String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable int number, Model model) {
		model.addAttribute("item", this.pages.details(user, portfolioId, number));
		return "evidence/delete";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/{number:\\d+}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable int number,
			RedirectAttributes redirect) {
		Flash.to(redirect).binned("evidence.binned", () -> this.editing.moveToBin(user, portfolioId, number));
		return "redirect:/portfolios/{portfolioId}/evidence";
	}

	/**
	 * Deleted evidence is listed in the portfolio's one bin, with deleted text and goals.
	 */
	@Requires(Permission.READ)
	@GetMapping("/bin")
	String bin(@PathVariable long portfolioId) {
		return "redirect:/portfolios/{portfolioId}/bin";
	}

	@Requires(Permission.WRITE)
	@PostMapping("/{number:\\d+}/restore")
	String restore(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable int number,
			RedirectAttributes redirect) {
		EvidenceSummary restored = this.editing.restore(user, portfolioId, number);
		redirect.addFlashAttribute("notice", "evidence.restored");
		redirect.addAttribute("number", restored.number());
		return "redirect:/portfolios/{portfolioId}/evidence/{number}";
	}

	private String form(SignedInUser user, long portfolioId, Integer number, EvidenceForm form, Model model) {
		PortfolioRef portfolio = this.access.writable(user, portfolioId);
		model.addAttribute("portfolio", portfolio);
		model.addAttribute("evidence", form);
		model.addAttribute("editing", number);
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("maxFileSize", this.pages.maxFileSize());
		return "evidence/edit";
	}

	/**
	 * For {@link EvidenceUploadAdvice}: the form again, as it was before the too-large
	 * upload.
	 */
	String formAfterTooLargeUpload(SignedInUser user, long portfolioId, Integer number, Model model) {
		EvidenceForm form = (number != null) ? EvidenceForm.of(this.pages.details(user, portfolioId, number))
				: new EvidenceForm();
		BindingResult result = new org.springframework.validation.BeanPropertyBindingResult(form, "evidence");
		result.rejectValue("files", "evidence.files.requestTooLarge", new Object[] { this.pages.maxFileSize() }, null);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "evidence", result);
		return form(user, portfolioId, number, form, model);
	}

}
