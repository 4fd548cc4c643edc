package org.chartfolio.signoff;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a supporter's link opens, for somebody with no account: who asked them, and
 * the form for their letter. The link reaches this page and nothing else; once the letter
 * is in, it is spent.
 */
@Controller
@RequiredArgsConstructor
class SupporterController {

	private static final String VIEW = "signoff/supporter";

	private final SignOffService signoffs;

	private final SupporterThrottle throttle;

	@GetMapping("/support/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!model.containsAttribute("letter")) {
			model.addAttribute("letter", new LetterForm());
		}
		return view(token, model, response);
	}

	@PostMapping("/support/{token}")
	String submit(@PathVariable String token, @Valid @ModelAttribute("letter") LetterForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect)
			throws IOException {
		if (!this.throttle.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("linkProblem", "signoff.link.tooMany");
			return view(token, model, response);
		}
		MultipartFile file = form.getFile();
		if (file != null && file.getSize() > this.signoffs.maxLetterBytes()) {
			result.rejectValue("file", "signoff.letter.file.tooLarge");
		}
		if (!result.hasErrors()) {
			try {
				byte[] content = (file != null && !file.isEmpty()) ? file.getBytes() : null;
				this.signoffs.submit(token, new SignOffService.Letter(form.getName(), form.getRole(), form.getText(),
						(file != null) ? file.getOriginalFilename() : null, content));
				redirect.addFlashAttribute("submittedBy", form.getName());
				return "redirect:/support/submitted";
			}
			catch (FieldProblem problem) {
				problem.rejectOn(result);
			}
			catch (SupporterLinkException link) {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				model.addAttribute("linkProblem", link.messageKey());
				return VIEW;
			}
		}
		return view(token, model, response);
	}

	/** Said once, after the letter is in: the link itself no longer opens anything. */
	@GetMapping("/support/submitted")
	String submitted(Model model) {
		return model.containsAttribute("submittedBy") ? "signoff/submitted" : "redirect:/";
	}

	private String view(String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("offer", this.signoffs.offer(token));
			model.addAttribute("token", token);
		}
		catch (SupporterLinkException link) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("linkProblem", link.messageKey());
		}
		return VIEW;
	}

}
