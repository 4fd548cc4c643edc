package org.chartfolio.directory;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.system.Flash;
import org.chartfolio.system.Submission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directory of mentors, and the signed-in person's own listing in it. */
@Controller
@RequestMapping("/mentors")
@RequiredArgsConstructor
class MentorDirectoryController {

	/** The sector a candidate said they work in, kept for the rest of their session. */
	static final String CANDIDATE_SECTOR = MentorDirectoryController.class.getName() + ".candidateSector";

	private final DirectoryListing listing;

	@ModelAttribute("regions")
	List<Region> regions() {
		return Arrays.asList(Region.values());
	}

	@ModelAttribute("sectors")
	List<Sector> sectors() {
		return Arrays.asList(Sector.values());
	}

	@GetMapping
	String browse(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String mySector,
			HttpSession session, Model model) {
		if (mySector != null) {
			Sector said = parse(Sector.class, mySector);
			if (said != null) {
				session.setAttribute(CANDIDATE_SECTOR, said);
			}
			else {
				session.removeAttribute(CANDIDATE_SECTOR);
			}
		}
		Region regionFilter = parse(Region.class, region);
		Sector sectorFilter = parse(Sector.class, sector);
		DirectoryService.Browse browse = this.listing.browse(user, regionFilter, sectorFilter,
				(Sector) session.getAttribute(CANDIDATE_SECTOR));
		model.addAttribute("browse", browse);
		model.addAttribute("ownPortfolios", this.listing.ownPortfolios(user));
		model.addAttribute("region", regionFilter);
		model.addAttribute("sector", sectorFilter);
		return "directory/mentors";
	}

	@GetMapping("/listing")
	String editListing(@AuthenticationPrincipal SignedInUser user, Model model) {
		var mine = this.listing.myListing(user);
		model.addAttribute("listing", mine.map(ListingForm::of).orElseGet(ListingForm::new));
		model.addAttribute("mine", mine.orElse(null));
		return "directory/listing";
	}

	@PostMapping("/listing")
	String saveListing(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("listing") ListingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (Submission.of(result, form::setVersion)
			.succeeds(() -> this.listing.saveListing(user, form.toDetails(), form.getVersion()))) {
			redirect.addFlashAttribute("notice", "directory.listing.saved");
			return "redirect:/mentors/listing";
		}
		model.addAttribute("mine", this.listing.myListing(user).orElse(null));
		return "directory/listing";
	}

	@PostMapping("/listing/pause")
	String pause(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		return change(() -> this.listing.pause(user), "directory.listing.paused", redirect);
	}

	@PostMapping("/listing/resume")
	String resume(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		return change(() -> this.listing.resume(user), "directory.listing.resumed", redirect);
	}

	@PostMapping("/listing/remove")
	String remove(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		return change(() -> this.listing.remove(user), "directory.listing.removed", redirect);
	}

	private static String change(Runnable action, String notice, RedirectAttributes redirect) {
		Flash.to(redirect).done(notice, action);
		return "redirect:/mentors/listing";
	}

	/**
	 * A filter value from the address, or null for "any" and for anything not in the
	 * list.
	 */
	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}
