package org.chartfolio.access;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.system.Flash;
import org.chartfolio.system.Submission;

import org.springframework.beans.factory.ObjectProvider;
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
@RequestMapping("/portfolios/{portfolioId}/people")
@RequiredArgsConstructor
class PeopleController {

	private static final String PEOPLE = "redirect:/portfolios/{portfolioId}/people";

	private final InvitationService invitations;

	// A provider, so that the page still works in an app (or a test slice) that sends no
	// email.
	private final ObjectProvider<InvitationEmail> email;

	@ModelAttribute("emailsLinks")
	boolean emailsLinks() {
		InvitationEmail sender = this.email.getIfAvailable();
		return sender != null && sender.enabled();
	}

	@ModelAttribute("roles")
	List<PortfolioRole> roles() {
		return List.of(PortfolioRole.MENTOR, PortfolioRole.LINE_MANAGER);
	}

	@Requires(Permission.WRITE)
	@GetMapping
	String people(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@ModelAttribute("invite") InviteForm form, Model model) {
		return peopleView(user, portfolioId, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/invitations")
	String invite(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("invite") InviteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<InvitationService.Created> created = Submission.of(result)
			.returns(() -> this.invitations.invite(user, portfolioId, form.getEmail(), form.getRole()));
		if (created.isPresent()) {
			redirect.addFlashAttribute("notice", "people.invited");
			linkIssued(created.get(), redirect);
			return PEOPLE;
		}
		return peopleView(user, portfolioId, model);
	}

	@Requires(Permission.WRITE)
	@PostMapping("/invitations/{invitationId}/new-link")
	String replaceLink(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long invitationId, RedirectAttributes redirect) {
		Flash.to(redirect)
			.returns("people.linkReplaced", () -> this.invitations.replaceLink(user, portfolioId, invitationId))
			.ifPresent((created) -> linkIssued(created, redirect));
		return PEOPLE;
	}

	@Requires(Permission.WRITE)
	@PostMapping("/invitations/{invitationId}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long invitationId, RedirectAttributes redirect) {
		Flash.to(redirect).done("people.revoked", () -> this.invitations.revoke(user, portfolioId, invitationId));
		return PEOPLE;
	}

	@Requires(Permission.WRITE)
	@PostMapping("/members/{membershipId}/end")
	String endAccess(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long membershipId, RedirectAttributes redirect) {
		Flash.to(redirect)
			.done("people.accessEnded", () -> this.invitations.endAccess(user, portfolioId, membershipId));
		return PEOPLE;
	}

	/** The people page; the invitation form ({@code invite}) is already in the model. */
	private String peopleView(SignedInUser user, long portfolioId, Model model) {
		model.addAttribute("people", this.invitations.people(user, portfolioId));
		return "access/people";
	}

	/**
	 * The link for the candidate to copy, and whether it also went out by email (sent
	 * once the service committed).
	 */
	private void linkIssued(InvitationService.Created created, RedirectAttributes redirect) {
		InvitationEmail sender = this.email.getIfAvailable();
		InvitationEmail.Delivery delivery = (sender != null) ? sender.deliveryTo(created.email())
				: InvitationEmail.Delivery.BY_HAND;
		redirect.addFlashAttribute("newLink", created.link());
		redirect.addFlashAttribute("linkDelivery", delivery);
		redirect.addFlashAttribute("linkEmail", created.email());
		redirect.addFlashAttribute("linkRole", created.role());
		redirect.addFlashAttribute("linkPortfolio", created.portfolioTitle());
		redirect.addFlashAttribute("linkInviter", created.inviterName());
		redirect.addFlashAttribute("linkExpires", created.expiresAt());
	}

}
