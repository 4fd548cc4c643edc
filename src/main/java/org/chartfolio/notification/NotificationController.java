package org.chartfolio.notification;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.system.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/notifications")
@RequiredArgsConstructor
class NotificationController {

	private final NotificationService notifications;

	private final NotificationList list;

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("inbox", this.list.inbox(user, page));
		return "notification/list";
	}

	/**
	 * Opening marks it read and follows its link; one without a link (an invitation)
	 * leads back to the list, which says so when the invitation was revoked, answered or
	 * has expired.
	 */
	@PostMapping("/{notificationId}/open")
	String open(@AuthenticationPrincipal SignedInUser user, @PathVariable long notificationId,
			RedirectAttributes redirect) {
		NotificationService.Destination destination = this.notifications.open(user, notificationId);
		destination.gone().ifPresent((gone) -> redirect.addFlashAttribute("invitationGone", gone));
		return "redirect:" + destination.path().orElse("/notifications");
	}

	@PostMapping("/read")
	String readAll(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		Flash.to(redirect).done("notifications.allRead", () -> this.notifications.readAll(user));
		return "redirect:/notifications";
	}

}
