package org.chartfolio.demo;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.directory.Region;
import org.chartfolio.directory.Sector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds a candidate, her mentor and her line manager, and two more mentors listed in the
 * mentor directory. Each password is made up at random and printed once, when the account
 * is created; an account that already exists is left exactly as it is. The portfolio and
 * everything the three people have done with it is made only when all three were created
 * in the same run, so a second start changes nothing. A step that is refused is logged
 * and skipped: the application still starts.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final DemoPerson CANDIDATE = new DemoPerson("candidate", "Lisa Marsh", "candidate@demo.chartfolio.example");

	static final DemoPerson MENTOR = new DemoPerson("mentor", "Dr Ruth Okafor", "mentor@demo.chartfolio.example");

	static final DemoPerson LINE_MANAGER = new DemoPerson("line manager", "Tom Reilly",
			"manager@demo.chartfolio.example");

	static final DemoPerson HEALTH_MENTOR = new DemoPerson("directory mentor", "Priya Shah",
			"priya.shah@demo.chartfolio.example");

	static final DemoPerson LEGAL_MENTOR = new DemoPerson("directory mentor", "Gareth Evans",
			"gareth.evans@demo.chartfolio.example");

	static final List<DemoPerson> PEOPLE = List.of(CANDIDATE, MENTOR, LINE_MANAGER, HEALTH_MENTOR, LEGAL_MENTOR);

	/**
	 * The mentor directory's demo listings: Ruth from another sector than Lisa's, and two
	 * more to browse.
	 */
	static final Map<DemoPerson, DemoMentoring.Listing> LISTINGS = Map.of(MENTOR,
			new DemoMentoring.Listing(Region.WEST_MIDLANDS, Sector.ACADEMIC, 3,
					"Academic liaison librarian and Chartered member; I have mentored Certification and Chartership "
							+ "candidates from public and school libraries. Happy to meet in Birmingham or by video."),
			HEALTH_MENTOR,
			new DemoMentoring.Listing(Region.LONDON, Sector.HEALTH, 2,
					"Clinical librarian in an NHS trust. I enjoy helping candidates write evaluatively and plan "
							+ "their evidence; meetings by video."),
			LEGAL_MENTOR,
			new DemoMentoring.Listing(Region.WALES, Sector.LEGAL, 1,
					"Knowledge manager in a law firm in Cardiff, Fellow of CILIP. One mentee at a time, in person or "
							+ "by phone; I can write in English or Welsh."));

	/**
	 * No look-alike characters, so a password read off a log can be typed without doubt.
	 */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountService accounts;

	private final DemoPortfolio portfolio;

	private final DemoMentoring mentoring;

	private final SecureRandom random = new SecureRandom();

	record DemoPerson(String role, String name, String email) {
	}

	@Override
	public void run(ApplicationArguments args) {
		Map<DemoPerson, SignedInUser> created = new HashMap<>();
		for (DemoPerson person : PEOPLE) {
			if (this.accounts.isRegistered(person.email())) {
				log.info("Demo {} {} already exists and was left unchanged (its password was printed when it was "
						+ "created).", person.role(), person.email());
				continue;
			}
			String password = newPassword();
			SignedInUser user = this.accounts
				.register(new AccountService.Registration(person.name(), person.email(), password));
			log.info("Demo {} created: sign in as {} with password {}", person.role(), person.email(), password);
			created.put(person, user);
		}
		LISTINGS.forEach((person, listing) -> {
			if (created.containsKey(person)) {
				step(person.name() + " is listed in the mentor directory",
						() -> this.mentoring.list(created.get(person), listing));
			}
		});
		SignedInUser candidate = created.get(CANDIDATE);
		if (candidate == null) {
			return;
		}
		long[] portfolioId = { 0 };
		if (!step("the candidate has a Certification portfolio in progress",
				() -> portfolioId[0] = this.portfolio.create(candidate))) {
			return;
		}
		if (!created.containsKey(MENTOR) || !created.containsKey(LINE_MANAGER)) {
			log.warn("Demo portfolio has no mentor or line manager: their demo accounts existed before the "
					+ "candidate's.");
			return;
		}
		DemoMentoring.Cast cast = new DemoMentoring.Cast(candidate, created.get(MENTOR), created.get(LINE_MANAGER),
				portfolioId[0]);
		step("Ruth Okafor mentors the portfolio and Tom Reilly is its line manager", () -> this.mentoring.join(cast));
		step("criterion 1 is approved, criterion 2 waits for review, criterion 3 has changes requested",
				() -> this.mentoring.review(cast));
		step("two meetings are logged, with one action carried over and the next meeting in twelve days",
				() -> this.mentoring.meetings(cast));
		step("criterion 2 is shared with the line manager", () -> this.mentoring.share(cast));
		step("four PKSB areas are rated, the initial snapshot taken and one gap made a goal",
				() -> this.mentoring.pksb(cast));
	}

	/**
	 * Runs one step of the demo; one that is refused is logged and the others still run.
	 */
	static boolean step(String outcome, Runnable action) {
		try {
			action.run();
			log.info("Demo: {}.", outcome);
			return true;
		}
		catch (RuntimeException refused) {
			log.warn("Demo step refused, skipped so that the application still starts: {} ({}: {})", outcome,
					refused.getClass().getSimpleName(), refused.getMessage());
			return false;
		}
	}

	private String newPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
