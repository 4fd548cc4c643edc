package org.chartfolio.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice and the accessibility statement, open to everybody, linked from
 * every page's footer.
 */
@Controller
class InformationPagesController {

	@GetMapping("/privacy")
	String privacy() {
		return "system/privacy";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "system/accessibility";
	}

}
