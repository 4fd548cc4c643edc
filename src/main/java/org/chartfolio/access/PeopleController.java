package org.chartfolio.access;

import java.util.List;

import jakarta.validation.Valid;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.system.FieldProblem;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
@RequestMapping("/portfolios/{portfolioId}/people")
class PeopleController {

	private static final String VIEW = "access/people";

	private final InvitationService invitations;

	PeopleController(InvitationService invitations) {
		this.invitations = invitations;
	}

	@ModelAttribute("roles")
	List<PortfolioRole> roles() {
		return List.of(PortfolioRole.MENTOR, PortfolioRole.LINE_MANAGER);
	}

	@GetMapping
	String people(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@ModelAttribute("invite") InviteForm form, Model model) {
		model.addAttribute("people", this.invitations.people(user, portfolioId));
		return VIEW;
	}

	@PostMapping("/invitations")
	String invite(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("invite") InviteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				InvitationService.Created created = this.invitations.invite(user, portfolioId, form.getEmail(),
						form.getRole());
				redirect.addFlashAttribute("notice", "people.invited");
				redirect.addFlashAttribute("newLink", link(created.token()));
				return redirectTo(portfolioId);
			}
			catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		model.addAttribute("people", this.invitations.people(user, portfolioId));
		return VIEW;
	}

	@PostMapping("/invitations/{invitationId}/new-link")
	String replaceLink(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long invitationId, RedirectAttributes redirect) {
		try {
			InvitationService.Created created = this.invitations.replaceLink(user, portfolioId, invitationId);
			redirect.addFlashAttribute("notice", "people.linkReplaced");
			redirect.addFlashAttribute("newLink", link(created.token()));
		}
		catch (InvitationProblem problem) {
			redirect.addFlashAttribute("notice", problem.messageKey());
		}
		return redirectTo(portfolioId);
	}

	@PostMapping("/invitations/{invitationId}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long invitationId, RedirectAttributes redirect) {
		try {
			this.invitations.revoke(user, portfolioId, invitationId);
			redirect.addFlashAttribute("notice", "people.revoked");
		}
		catch (InvitationProblem problem) {
			redirect.addFlashAttribute("notice", problem.messageKey());
		}
		return redirectTo(portfolioId);
	}

	@PostMapping("/members/{membershipId}/end")
	String endAccess(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long membershipId, RedirectAttributes redirect) {
		this.invitations.endAccess(user, portfolioId, membershipId);
		redirect.addFlashAttribute("notice", "people.accessEnded");
		return redirectTo(portfolioId);
	}

	private static String link(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/invitations/{token}").buildAndExpand(token).toUriString();
	}

	private static String redirectTo(long portfolioId) {
		return "redirect:/portfolios/" + portfolioId + "/people";
	}

}
