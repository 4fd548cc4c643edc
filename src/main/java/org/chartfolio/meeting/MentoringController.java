package org.chartfolio.meeting;

import org.chartfolio.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class MentoringController {

	private final MentoringService mentoring;

	MentoringController(MentoringService mentoring) {
		this.mentoring = mentoring;
	}

	@GetMapping("/mentoring")
	String mentoring(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("mentees", this.mentoring.mentees(user));
		return "meeting/mentoring";
	}

}
