package org.chartfolio.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.system.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page an invitation link opens, where the invited person accepts or declines. */
@Controller
@RequestMapping("/invitations/{token}")
@RequiredArgsConstructor
class InvitationController {

	private static final String VIEW = "access/invitation";

	private final InvitationService invitations;

	/**
	 * Where signing in brings a visitor back to: the link they opened (as Spring
	 * Security's own redirect does).
	 */
	private final RequestCache requestCache = new HttpSessionRequestCache();

	/**
	 * The invitation. A signed-out visitor with a working link learns who invites them to
	 * what, and then signs in or registers and comes back here to accept; with a link
	 * that does not work they get what any signed-out visitor gets, the sign-in page, so
	 * that a guessed link tells nothing.
	 */
	@GetMapping
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable String token, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (user == null) {
			this.requestCache.saveRequest(request, response);
			try {
				InvitationService.Offer offer = this.invitations.offer(token);
				if (offer.usable()) {
					model.addAttribute("offer", offer);
					model.addAttribute("token", token);
					model.addAttribute("signedOut", true);
					return VIEW;
				}
			}
			catch (Refusal unknown) {
				// As for any page a signed-out visitor may not see.
			}
			return "redirect:/login";
		}
		try {
			model.addAttribute("offer", this.invitations.offer(token));
			model.addAttribute("token", token);
		}
		catch (Refusal problem) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("linkProblem", problem.messageKey());
		}
		return VIEW;
	}

	@PostMapping("/accept")
	String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable String token,
			@RequestParam(name = "otherAddress", defaultValue = "false") boolean otherAddress, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return answer(token, model, redirect, response, "invitation.accepted",
				() -> this.invitations.accept(user, token, otherAddress));
	}

	@PostMapping("/decline")
	String decline(@AuthenticationPrincipal SignedInUser user, @PathVariable String token, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return answer(token, model, redirect, response, "invitation.declined",
				() -> this.invitations.decline(user, token));
	}

	/**
	 * Accepting or declining: home with a notice, or, refused, the invitation again with
	 * why (a conflict, or not found when the link no longer opens it at all).
	 */
	private String answer(String token, Model model, RedirectAttributes redirect, HttpServletResponse response,
			String notice, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/";
		}
		catch (Refusal problem) {
			response.setStatus(HttpStatus.CONFLICT.value());
			try {
				model.addAttribute("offer", this.invitations.offer(token));
			}
			catch (Refusal unknown) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
			}
			model.addAttribute("linkProblem", problem.messageKey());
			return VIEW;
		}
	}

}
