package org.chartfolio.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.system.Flash;
import org.chartfolio.system.Submission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meeting log; every change in it is open to the mentor as well as the candidate. */
@Controller
@RequestMapping("/portfolios/{portfolioId}/meetings")
@RequiredArgsConstructor
class MeetingController {

	private static final String EDIT_VIEW = "meeting/edit";

	private final MeetingService meetings;

	private final Clock clock;

	@ModelAttribute("modes")
	MeetingMode[] modes() {
		return MeetingMode.values();
	}

	@Requires(Permission.READ)
	@GetMapping
	String log(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("log", this.meetings.log(user, portfolioId));
		return "meeting/log";
	}

	@Requires(Permission.READ)
	@GetMapping("/prepare")
	String prepare(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		model.addAttribute("prepare", this.meetings.prepare(user, portfolioId));
		return "meeting/prepare";
	}

	@Requires(Permission.CHANGE)
	@GetMapping("/new")
	String newMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, Model model) {
		return editView(user, portfolioId, null, MeetingForm.blank(LocalDate.now(this.clock)), model);
	}

	@Requires(Permission.CHANGE)
	@PostMapping
	String add(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@Valid @ModelAttribute("meeting") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<Long> meetingId = Submission.of(result)
			.returns(() -> this.meetings.record(user, portfolioId, form.toEdit()));
		if (meetingId.isPresent()) {
			redirect.addFlashAttribute("notice", "meeting.recorded");
			redirect.addAttribute("meetingId", meetingId.get());
			return "redirect:/portfolios/{portfolioId}/meetings/{meetingId}";
		}
		return editView(user, portfolioId, null, form, model);
	}

	@Requires(Permission.READ)
	@GetMapping("/{meetingId}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long meetingId, Model model) {
		model.addAttribute("page", this.meetings.page(user, portfolioId, meetingId));
		return "meeting/show";
	}

	@Requires(Permission.CHANGE)
	@GetMapping("/{meetingId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long meetingId, Model model) {
		MeetingForm form = MeetingForm.of(this.meetings.meeting(user, portfolioId, meetingId));
		return editView(user, portfolioId, meetingId, form, model);
	}

	@Requires(Permission.CHANGE)
	@PostMapping("/{meetingId}")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long meetingId, @Valid @ModelAttribute("meeting") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Submission.of(result, form::setVersion)
			.succeeds(() -> this.meetings.update(user, portfolioId, meetingId, form.toEdit()))) {
			redirect.addFlashAttribute("notice", "meeting.saved");
			return "redirect:/portfolios/{portfolioId}/meetings/{meetingId}";
		}
		return editView(user, portfolioId, meetingId, form, model);
	}

	@Requires(Permission.CHANGE)
	@GetMapping("/{meetingId}/delete")
	String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long meetingId, Model model) {
		model.addAttribute("page", this.meetings.page(user, portfolioId, meetingId));
		return "meeting/delete";
	}

	@Requires(Permission.CHANGE)
	@PostMapping("/{meetingId}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long meetingId, RedirectAttributes redirect) {
		Flash.to(redirect).done("meeting.deleted", () -> this.meetings.delete(user, portfolioId, meetingId));
		return "redirect:/portfolios/{portfolioId}/meetings";
	}

	@Requires(Permission.CHANGE)
	@PostMapping("/{meetingId}/restore")
	String restore(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable long meetingId, RedirectAttributes redirect) {
		Flash.to(redirect).done("meeting.restored", () -> this.meetings.restore(user, portfolioId, meetingId));
		return "redirect:/portfolios/{portfolioId}/meetings/{meetingId}";
	}

	/** Ticks an action off or back on, then goes back to the page it was ticked on. */
	@Requires(Permission.CHANGE)
	@PostMapping("/actions/{actionId}")
	String mark(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId, @PathVariable long actionId,
			@RequestParam(defaultValue = "true") boolean done,
			@RequestParam(name = "from", required = false) String from, RedirectAttributes redirect) {
		this.meetings.mark(user, portfolioId, actionId, done);
		redirect.addFlashAttribute("notice", done ? "meeting.action.done" : "meeting.action.reopened");
		String base = "redirect:/portfolios/{portfolioId}/meetings";
		if ("prepare".equals(from)) {
			return base + "/prepare#actions";
		}
		if (from != null && from.matches("\\d{1,18}")) {
			return base + "/" + from + "#actions";
		}
		return base + "#actions";
	}

	private String editView(SignedInUser user, long portfolioId, Long meetingId, MeetingForm form, Model model) {
		form.addBlankActions();
		model.addAttribute("form", this.meetings.form(user, portfolioId, meetingId));
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("meeting", form);
		return EDIT_VIEW;
	}

}
