package org.chartfolio.portfolio;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's starting point: their portfolios, or how to begin one. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "portfolio/home";
	}

}
