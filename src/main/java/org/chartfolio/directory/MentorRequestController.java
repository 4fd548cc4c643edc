package org.chartfolio.directory;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.system.Downloads;
import org.chartfolio.system.Refusal;
import org.chartfolio.system.Submission;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
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

/**
 * Requests to mentors: the candidate sends and withdraws them, the mentor reads, accepts
 * or declines.
 */
@Controller
@RequestMapping("/mentors")
@RequiredArgsConstructor
class MentorRequestController {

	private final MentorRequesting requesting;

	@GetMapping("/{listingId:\\d+}/request")
	String requestForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long listingId,
			@ModelAttribute("ask") RequestForm form, Model model, RedirectAttributes redirect) {
		try {
			return formView(user, listingId, model);
		}
		catch (Refusal problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
			return "redirect:/mentors";
		}
	}

	@PostMapping("/{listingId:\\d+}/request")
	String send(@AuthenticationPrincipal SignedInUser user, @PathVariable long listingId,
			@Valid @ModelAttribute("ask") RequestForm form, BindingResult result, HttpSession session, Model model,
			RedirectAttributes redirect) {
		try {
			Optional<Long> id = Submission.of(result)
				.returns(() -> this.requesting.send(user, listingId, form.getPortfolioId(), form.getCvEvidenceId(),
						form.getMessage(), (Sector) session.getAttribute(MentorDirectoryController.CANDIDATE_SECTOR)));
			if (id.isPresent()) {
				redirect.addFlashAttribute("notice", "directory.request.sent");
				redirect.addAttribute("requestId", id.get());
				return "redirect:/mentors/requests/{requestId}";
			}
			return formView(user, listingId, model);
		}
		catch (Refusal problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
			return "redirect:/mentors";
		}
	}

	@GetMapping("/requests")
	String requests(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("requests", this.requesting.requests(user));
		return "directory/requests";
	}

	@GetMapping("/requests/{requestId:\\d+}")
	String request(@AuthenticationPrincipal SignedInUser user, @PathVariable long requestId, Model model) {
		model.addAttribute("mentorRequest", this.requesting.request(user, requestId));
		return "directory/request";
	}

	/**
	 * The CV file, sent as an attachment exactly as evidence files are, never sniffed or
	 * shown inline.
	 */
	@GetMapping("/requests/{requestId:\\d+}/cv/{fileId:\\d+}")
	ResponseEntity<InputStreamResource> cv(@AuthenticationPrincipal SignedInUser user, @PathVariable long requestId,
			@PathVariable long fileId) {
		EvidenceService.SharedDownload file = this.requesting.cv(user, requestId, fileId);
		return Downloads.attachment(file.name(), MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(new InputStreamResource(file.content()));
	}

	@PostMapping("/requests/{requestId:\\d+}/accept")
	String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable long requestId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return answer(user, requestId, model, redirect, response, "directory.request.accepted",
				() -> this.requesting.accept(user, requestId));
	}

	@PostMapping("/requests/{requestId:\\d+}/decline")
	String decline(@AuthenticationPrincipal SignedInUser user, @PathVariable long requestId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return answer(user, requestId, model, redirect, response, "directory.request.declined",
				() -> this.requesting.decline(user, requestId));
	}

	@PostMapping("/requests/{requestId:\\d+}/withdraw")
	String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long requestId, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return answer(user, requestId, model, redirect, response, "directory.request.withdrawn",
				() -> this.requesting.withdraw(user, requestId));
	}

	/** The form to ask a listed mentor, with the portfolios and CVs to choose from. */
	private String formView(SignedInUser user, long listingId, Model model) {
		model.addAttribute("choices", this.requesting.requestChoices(user, listingId));
		return "directory/request-form";
	}

	/**
	 * Accepting, declining or withdrawing a request: back to the request with a notice,
	 * or, refused, the request again as it now stands, with why.
	 */
	private String answer(SignedInUser user, long requestId, Model model, RedirectAttributes redirect,
			HttpServletResponse response, String notice, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/mentors/requests/{requestId}";
		}
		catch (Refusal problem) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("mentorRequest", this.requesting.request(user, requestId));
			model.addAttribute("problem", problem.messageKey());
			return "directory/request";
		}
	}

}
