package org.chartfolio.dashboard;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class MentoringController {

	private final MentoringService mentoring;

	@GetMapping("/mentoring")
	String mentoring(@AuthenticationPrincipal SignedInUser user, Model model) {
		MentoringService.Mentoring page = this.mentoring.mentoring(user);
		model.addAttribute("waiting", page.waiting());
		model.addAttribute("mentees", page.mentees());
		return "dashboard/mentoring";
	}

}
