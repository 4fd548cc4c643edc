package org.chartfolio.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.writing.WritingService;
import org.chartfolio.writing.WritingTransfer;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo candidate's Certification portfolio, part-way through: evidence gathered over
 * a year of work in a public library, and a development plan with one goal done and
 * evidenced. It is made only for a demo candidate created in the same run, so it never
 * lands on an account that somebody has been using.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
class DemoPortfolio {

	private final PortfolioService portfolios;

	private final EvidenceService evidence;

	private final PlanService plan;

	private final WritingService writing;

	private final WritingTransfer transfer;

	private final Clock clock;

	record Item(String key, String title, EvidenceKind kind, int monthsAgo, String description, String reflection,
			Set<String> tags) {
	}

	static final List<Item> ITEMS = List.of(
			new Item("display", "Photo of the summer reading display", EvidenceKind.PHOTO, 10,
					"The Summer Reading Challenge display I designed for the children's library.",
					"Shows I can plan a promotional display for a target audience and measure its effect on sign-ups.",
					Set.of("promotion", "children")),
			new Item("minutes", "Minutes of the Career Development Group committee", EvidenceKind.MINUTES, 8,
					"Minutes of the West Midlands CDG committee meeting where I took on the events role.",
					"Shows my involvement in the wider profession beyond my own service.", Set.of("cdg", "profession")),
			new Item("firstaid", "First Aid at Work certificate", EvidenceKind.CERTIFICATE, 3,
					"Certificate from the three-day First Aid at Work course.",
					"The outcome of my development-plan goal: I am now a first aider for the branch.",
					Set.of("training")),
			new Item("poster", "Posters for the family history sessions", EvidenceKind.PHOTO, 7,
					"A set of three posters promoting the drop-in family history sessions.",
					"Shows how I adapted the message for adult learners.", Set.of("promotion", "adults")),
			new Item("feedback", "Feedback forms from the code club", EvidenceKind.FEEDBACK, 6,
					"Twelve feedback forms from the after-school code club I helped run.",
					"Shows the impact of the sessions and what I changed as a result.", Set.of("children", "digital")),
			new Item("cpd", "Notes from the Certification training day", EvidenceKind.NOTE, 11,
					"My notes from the CILIP Certification and Chartership training day in Birmingham.",
					"Shows how I planned the portfolio and what reflective writing means.", Set.of("training")),
			new Item("jd", "Library assistant job description", EvidenceKind.DOCUMENT, 12,
					"My current job description, annotated with the duties I have taken on since.",
					"Shows the scope of my role for criterion 2.", Set.of("role")),
			new Item("structure", "Library service structure chart", EvidenceKind.DOCUMENT, 12,
					"The county library service structure, with my branch and team marked.",
					"Shows where my role sits in the organisation.", Set.of("organisation")),
			new Item("strategy", "County library strategy 2025 to 2028", EvidenceKind.WEB_PAGE, 9,
					"The council's published library strategy.",
					"Shows the organisational objectives my work contributes to.", Set.of("organisation")),
			new Item("stats", "Branch issue statistics", EvidenceKind.DOCUMENT, 5,
					"Monthly issue and visitor figures for my branch over the year.",
					"Shows how I used data to evaluate the display and the code club.", Set.of("evaluation")),
			new Item("email", "Email of thanks from a reader", EvidenceKind.FEEDBACK, 4,
					"An email from a reader thanking me for help with online banking.",
					"Shows customer focus and digital inclusion in practice.", Set.of("digital", "customers")),
			new Item("visit", "Visit report: university library", EvidenceKind.NOTE, 6,
					"My report on a visit to the university library's information commons.",
					"Shows I looked beyond the public library sector.", Set.of("profession")),
			new Item("webinar", "CILIP webinar on information literacy", EvidenceKind.NOTE, 5,
					"Notes and certificate of attendance from a webinar on information literacy.",
					"Shows learning I applied in the code club.", Set.of("training", "literacies")),
			new Item("blog", "My CPD23 blog post on mentoring", EvidenceKind.WEB_PAGE, 2,
					"The blog post I wrote about training options and mentoring.",
					"Shows reflection on my own development and sharing with peers.", Set.of("profession")),
			new Item("rota", "Weekend rota I reorganised", EvidenceKind.DOCUMENT, 3,
					"The weekend staffing rota before and after my changes.",
					"Shows how I improved cover at the branch.", Set.of("organisation")));

	@Transactional
	long create(SignedInUser candidate) {
		LocalDate today = LocalDate.now(this.clock);
		long portfolioId = this.portfolios.open(candidate,
				new PortfolioService.NewPortfolio("certification", "My Certification portfolio", today.plusMonths(4)));
		Map<String, EvidenceSummary> added = new HashMap<>();
		for (Item item : ITEMS) {
			added.put(item.key(),
					this.evidence.add(candidate, portfolioId,
							new EvidenceService.EvidenceDetails(item.title(), item.kind(),
									today.minusMonths(item.monthsAgo()), item.description(), item.reflection(), null,
									item.tags()),
							filesOf(item, candidate)));
		}
		this.plan.add(candidate, portfolioId, new PlanService.GoalEdit("Complete a First Aid course",
				"Generic skills: customer focus. Nobody on the weekend team was a first aider.",
				"Ask my line manager for funding; book the three-day course.", today.minusMonths(3), GoalStatus.DONE,
				"Passed the course; I am now the branch's weekend first aider and have updated the procedures folder.",
				Set.of(added.get("firstaid").id()), null));
		this.plan.add(candidate, portfolioId,
				new PlanService.GoalEdit("Learn to run a code club session on my own",
						"Professional expertise: literacies and learning.",
						"Shadow the volunteer for three sessions, then lead one with support.", today.plusMonths(1),
						GoalStatus.IN_PROGRESS, "", Set.of(), null));
		this.plan.add(candidate, portfolioId,
				new PlanService.GoalEdit("Visit a special library",
						"Context: wider library, information and knowledge sector.",
						"Contact the law library at the university through my mentor.", today.plusMonths(2),
						GoalStatus.PLANNED, "", Set.of(), null));
		writeStatements(candidate, portfolioId, added);
		return portfolioId;
	}

	private static List<EvidenceService.IncomingFile> filesOf(Item item, SignedInUser candidate) {
		return switch (item.key()) {
			case "display" -> List.of(file("summer-reading-display.png", DemoFiles.displayPhoto()));
			case "firstaid" ->
				List.of(file("first-aid-certificate.pdf", DemoFiles.certificate(candidate.getDisplayName())));
			case "minutes" -> List.of(file("cdg-committee-minutes.txt", DemoFiles.minutes()));
			default -> List.of();
		};
	}

	private static EvidenceService.IncomingFile file(String name, byte[] content) {
		return new EvidenceService.IncomingFile(name, content.length, new ByteArrayResource(content));
	}

	/**
	 * The three criteria as Lisa first drafted them, a few days before her last meeting
	 * with Ruth, and as she has rewritten them since, citing the evidence by its numbers;
	 * the third is still rough. The first drafts are written with the dates they were
	 * made, as the data import writes a portfolio's history, so that "changed since the
	 * last meeting" and the revisions page compare two real versions. The rewrites go
	 * through the editor's save, which cites the evidence. Two acronyms (CPD, LMS) are
	 * left unexplained for the readiness check and the glossary to find; the Career
	 * Development Group's is explained where it is first used.
	 */
	private void writeStatements(SignedInUser candidate, long portfolioId, Map<String, EvidenceSummary> added) {
		List<SectionView> statements = this.portfolios.view(candidate, portfolioId)
			.sections()
			.stream()
			.filter(SectionView::isStatement)
			.toList();
		String[] firstDrafts = { """
				When I started Certification I knew that promotion was my weakest area %s. I planned the Summer \
				Reading Challenge display with the children's team, and more children signed up than last year %s.

				The display went well and I would do it again.

				I also trained as a first aider %s.
				""".formatted(label(added, "cpd"), label(added, "display"), label(added, "firstaid")), """
				My branch is one of twenty in the county service %s. The strategy says digital inclusion matters %s.

				I changed the weekend rota %s so that there is more cover.
				""".formatted(label(added, "structure"), label(added, "strategy"), label(added, "rota")), """
				I joined the Career Development Group committee %s and went to see a university library %s.

				(Still to do: reflect.)
				""".formatted(label(added, "minutes"), label(added, "visit")) };
		String[] drafts = { """
				When I started Certification my CPD record showed that promotion was my weakest area %s. I planned \
				the Summer Reading Challenge display with the children's team, and sign-ups rose by a third on the \
				year before %s %s.

				What I learned is that a display works when it asks for something: the first version only showed \
				books. Next year I will test two versions and compare the figures; the second will ask children to \
				pick a book for a friend.

				I also trained as the branch's weekend first aider %s, a gap my development plan named.
				""".formatted(label(added, "cpd"), label(added, "display"), label(added, "stats"),
				label(added, "firstaid")),
				"""
						My branch is one of twenty in the county service %s, and its strategy puts digital \
						inclusion first %s. Helping a reader with online banking %s showed me how much of that work \
						happens at the counter.

						I reorganised the weekend rota %s so that a digitally confident colleague is always on \
						shift, and wrote a crib sheet for renewals on the LMS. Queries no longer wait until Monday.
						""".formatted(label(added, "structure"), label(added, "strategy"), label(added, "email"),
						label(added, "rota")),
				"""
						Joining the Career Development Group (CDG) committee %s took me out of my own library. \
						A visit to a university library %s showed me how another sector runs an information \
						commons.

						(Still to do: reflect on what I would bring back.)
						""".formatted(label(added, "minutes"), label(added, "visit")) };
		Instant draftedAt = draftedOn(LocalDate.now(this.clock)).atTime(10, 30)
			.atZone(this.clock.getZone())
			.toInstant();
		Map<Integer, Long> sectionIds = new HashMap<>();
		List<WritingTransfer.SectionWriting> history = new ArrayList<>();
		for (int i = 0; i < firstDrafts.length && i < statements.size(); i++) {
			SectionView statement = statements.get(i);
			sectionIds.put(statement.position(), statement.id());
			int words = words(firstDrafts[i]);
			history.add(new WritingTransfer.SectionWriting(statement.position(), firstDrafts[i], words, draftedAt,
					List.of(new WritingTransfer.RevisionData(1, firstDrafts[i], words, draftedAt, "save")), List.of()));
		}
		this.transfer.restore(portfolioId, sectionIds, Map.of(), history);
		for (int i = 0; i < drafts.length && i < statements.size(); i++) {
			this.writing.save(candidate, portfolioId, statements.get(i).id(), drafts[i], 0, false);
		}
	}

	/**
	 * The day of the first drafts: a few days before the last meeting, which Ruth read
	 * them for.
	 */
	static LocalDate draftedOn(LocalDate today) {
		return DemoMentoring.lastMeetingOn(today).minusDays(3);
	}

	/**
	 * Words as the word limit counts them (citation markers and lone punctuation do not
	 * count), for the first drafts, which are written as history rather than through the
	 * editor that counts.
	 */
	static int words(String text) {
		int words = 0;
		for (String token : CITATION.matcher(text).replaceAll(" ").split("\\s+")) {
			if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
				words++;
			}
		}
		return words;
	}

	private static final Pattern CITATION = Pattern.compile("\\[E\\d+\\]");

	private static String label(Map<String, EvidenceSummary> added, String key) {
		return "[" + added.get(key).label() + "]";
	}

}
