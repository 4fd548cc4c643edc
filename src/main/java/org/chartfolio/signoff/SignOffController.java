package org.chartfolio.signoff;

import java.util.Optional;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.system.Downloads;
import org.chartfolio.system.Flash;
import org.chartfolio.system.SiteAddress;
import org.chartfolio.system.Submission;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A portfolio's sign-off page: the mentor's statement or letter, and the Fellowship
 * supporter's letter.
 */
@Controller
@RequestMapping("/portfolios/{portfolioId}/signoffs")
@RequiredArgsConstructor
class SignOffController {

	private static final String VIEW = "signoff/signoffs";

	private static final String BACK = "redirect:/portfolios/{portfolioId}/signoffs";

	private final SignOffService signoffs;

	private final SignOffReading reading;

	private final SiteAddress site;

	@Requires(Permission.READ)
	@GetMapping
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		SignOffService.SignOffPage page = this.reading.page(user, portfolioId);
		if (!model.containsAttribute("statement")) {
			model.addAttribute("statement", SignOffForm.of(page.mentorDocument()));
		}
		if (!model.containsAttribute("invite")) {
			model.addAttribute("invite", new SupporterInviteForm());
		}
		model.addAttribute("page", page);
		return VIEW;
	}

	/** The mentor saves their text, or (with {@code sign}) saves and signs it. */
	@Requires(Permission.CHANGE)
	@PostMapping("/mentor")
	String save(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("statement") SignOffForm form, BindingResult result,
			@RequestParam(name = "sign", defaultValue = "false") boolean sign, Model model,
			RedirectAttributes redirect) {
		// A stale edit shows both versions: what is saved (on the page) and what this tab
		// holds (in the form).
		Submission submission = Submission.of(result, (current) -> {
			form.setVersion(current);
			model.addAttribute("stale", true);
		}).staleMessage("signoff.stale");
		try {
			if (submission.succeeds(() -> {
				if (sign) {
					this.signoffs.sign(user, portfolioId, form.getText(), form.getRole(), form.getVersion());
				}
				else {
					this.signoffs.save(user, portfolioId, form.getText(), form.getRole(), form.getVersion());
				}
			})) {
				redirect.addFlashAttribute("notice", sign ? "signoff.signed" : "signoff.saved");
				return BACK;
			}
		}
		catch (SignOffRefusedException refused) {
			result.reject(refused.messageKey());
		}
		return page(user, portfolioId, model);
	}

	@Requires(Permission.CHANGE)
	@PostMapping("/mentor/reopen")
	String reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		Flash.to(redirect)
			.staleMessage("signoff.stale")
			.done("signoff.reopened", () -> this.signoffs.reopen(user, portfolioId, version));
		return BACK;
	}

	@Requires(Permission.WRITE)
	@PostMapping("/supporters")
	String invite(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("invite") SupporterInviteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<SignOffService.IssuedLink> link = Submission.of(result)
			.returns(() -> this.signoffs.invite(user, portfolioId, form.getName(), form.getEmail()));
		if (link.isPresent()) {
			redirect.addFlashAttribute("notice", "signoff.invite.sent");
			redirect.addFlashAttribute("supporterLink", this.site.absolute("/support/" + link.get().token()));
			return BACK;
		}
		return page(user, portfolioId, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/supporters/{invitationId:\\d+}/withdraw")
	String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long invitationId, RedirectAttributes redirect) {
		Flash.to(redirect)
			.done("signoff.invite.withdrawn", () -> this.signoffs.withdraw(user, portfolioId, invitationId));
		return BACK;
	}

	/** An uploaded letter, as the supporter sent it. */
	@Requires(Permission.READ)
	@GetMapping("/{documentId:\\d+}/file")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long documentId) {
		SignOffService.LetterFile file = this.reading.letterFile(user, portfolioId, documentId);
		return Downloads.attachment(file.name(), MediaType.parseMediaType(file.contentType())).body(file.content());
	}

}
