package org.chartfolio.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(@AuthenticationPrincipal SignedInUser user) {
		return (user != null) ? "redirect:/" : "account/sign-in";
	}

}
