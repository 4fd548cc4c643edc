package org.chartfolio.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.chartfolio.account.AccountService;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.meeting.ChangesSince;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.PksbView;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.GoalView;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.MembershipRefusedException;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.PortfolioSummary;
import org.chartfolio.portfolio.SectionStatus;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.readiness.GlossaryService;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.writing.TextChanges;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private EvidenceReading evidence;

	@Autowired
	private PlanService plan;

	@Autowired
	private Clock clock;

	@Autowired
	private WritingService writing;

	@Autowired
	private ReviewService review;

	@Autowired
	private PortfolioAccess access;

	@Autowired
	private ChangesSince changes;

	@Autowired
	private PksbService pksb;

	@Autowired
	private GlossaryService glossary;

	@Autowired
	private MockMvc mvc;

	@Test
	void doesNotRunUnlessTheDemoProfileIsAskedFor() {
		assertThat(this.context.getBeanNamesForType(DemoData.class)).isEmpty();
	}

	private SignedInUser signedIn(String email) {
		return (SignedInUser) this.userDetails.loadUserByUsername(email);
	}

	@Autowired
	private UserDetailsService userDetails;

	/** The demo as the profile would run it, its beans made with their transactions. */
	private DemoData demo() {
		var factory = this.context.getAutowireCapableBeanFactory();
		return new DemoData(this.accounts, factory.createBean(DemoPortfolio.class),
				factory.createBean(DemoMentoring.class));
	}

	@Test
	void seedsTheCandidateHerMentorAndLineManagerOnceAndNeverOverwrites(CapturedOutput output) throws Exception {
		DemoData demo = demo();
		demo.run(new DefaultApplicationArguments());

		for (DemoData.DemoPerson person : DemoData.PEOPLE) {
			assertThat(this.accounts.isRegistered(person.email())).isTrue();
		}
		assertThat(output.getOut()).containsPattern(
				"Demo candidate created: sign in as candidate@demo\\.chartfolio\\.example with password \\w{4}-\\w{4}-\\w{4}-\\w{4}");
		assertThat(output.getOut().split("with password").length - 1).isEqualTo(DemoData.PEOPLE.size());
		assertThat(output.getOut()).doesNotContain("Demo step refused");

		SignedInUser candidate = signedIn(DemoData.CANDIDATE.email());
		List<PortfolioSummary> portfolios = this.portfolios.portfoliosOf(candidate);
		assertThat(portfolios).singleElement().satisfies((p) -> assertThat(p.routeName()).isEqualTo("Certification"));
		long portfolioId = portfolios.get(0).id();
		assertThat(this.evidence.list(candidate, portfolioId)).hasSizeBetween(15, 20)
			.extracting(EvidenceSummary::title)
			.contains("Photo of the summer reading display", "Minutes of the Career Development Group committee",
					"First Aid at Work certificate");
		assertThat(this.plan.goals(candidate, portfolioId)).filteredOn((goal) -> goal.status() == GoalStatus.DONE)
			.singleElement()
			.satisfies((goal) -> assertThat(goal.evidence()).extracting(EvidenceSummary::title)
				.containsExactly("First Aid at Work certificate"));

		assertThat(this.writing.totalStatementWords(candidate, portfolioId)).isBetween(100, 1000);
		assertThat(this.writing.wordCounts(candidate, portfolioId).values()).filteredOn((words) -> words > 0)
			.hasSize(3);

		List<SectionView> statements = statements(candidate, portfolioId);
		lisaSeesHerReviewedPortfolio(candidate, portfolioId, statements);
		ruthSeesWhatWaitsForHer(signedIn(DemoData.MENTOR.email()), portfolioId, statements);
		tomSeesProgressAndOnlyTheSharedSection(signedIn(DemoData.LINE_MANAGER.email()), portfolioId, statements);
		theDirectoryListsRuthAndTwoMoreMentors(candidate);

		demo.run(new DefaultApplicationArguments());
		assertThat(output.getOut().split("with password").length - 1).isEqualTo(DemoData.PEOPLE.size());
		assertThat(this.portfolios.portfoliosOf(candidate)).hasSize(1);
		assertThat(output.getOut())
			.contains("Demo mentor mentor@demo.chartfolio.example already exists and was left unchanged");
		assertThat(this.review.waitingForReview(signedIn(DemoData.MENTOR.email()))).hasSize(1);
		assertThat(this.pksb.assessment(candidate, portfolioId).rows()).hasSize(4);
		this.mvc.perform(get("/").with(user(signedIn(DemoData.MENTOR.email()))))
			.andExpect(content().string(containsString("Notifications (2 unread)")));
	}

	@Test
	void aRefusedStepIsLoggedAndTheRestGoesOn(CapturedOutput output) {
		boolean done = DemoData.step("Ruth mentors the portfolio", () -> {
			throw new MembershipRefusedException("access.refused.roleTaken");
		});

		assertThat(done).isFalse();
		assertThat(output.getOut()).contains(
				"Demo step refused, skipped so that the application still starts: Ruth mentors the portfolio (MembershipRefusedException");
		assertThat(DemoData.step("the next step", () -> {
		})).isTrue();
		assertThat(output.getOut()).contains("Demo: the next step.");
	}

	private void lisaSeesHerReviewedPortfolio(SignedInUser lisa, long portfolioId, List<SectionView> statements)
			throws Exception {
		assertThat(statements).extracting(SectionView::status)
			.containsExactly(SectionStatus.APPROVED, SectionStatus.READY_FOR_REVIEW, SectionStatus.CHANGES_REQUESTED);
		assertThat(statements.get(0).isLocked()).isTrue();

		ReviewService.ReviewPage approved = this.review.page(lisa, portfolioId, statements.get(0).id());
		assertThat(approved.threads()).singleElement().satisfies((thread) -> {
			assertThat(thread.resolved()).isTrue();
			assertThat(thread.quotedParagraph()).isEqualTo(1);
			assertThat(thread.comments()).extracting(ReviewService.CommentView::authorName)
				.containsExactly("Dr Ruth Okafor", "Lisa Marsh");
		});
		ReviewService.ReviewPage sentBack = this.review.page(lisa, portfolioId, statements.get(2).id());
		assertThat(sentBack.threads()).filteredOn(ReviewService.ThreadView::changesRequest)
			.singleElement()
			.satisfies((thread) -> assertThat(thread.comments().get(0).body()).contains("what, so what, now what"));
		assertThat(sentBack.paragraphs().get(0).threads()).singleElement().satisfies((thread) -> {
			assertThat(thread.quotedText()).isEqualTo("took me out of my own library");
			assertThat(thread.suggestionOpen()).isTrue();
		});
		assertThat(this.review.unresolved(lisa, portfolioId).total()).isEqualTo(3);

		ChangesSince.Changes changed = this.changes.sinceLastMeeting(lisa, portfolioId);
		assertThat(changed.lastMeetingOn()).isEqualTo(LocalDate.now(this.clock).minusWeeks(2));
		assertThat(changed.isEmpty()).isFalse();
		lisaRewroteHerDraftsAfterTheLastMeeting(lisa, portfolioId, statements, changed);
		theGlossaryHasAcronymsToExplain(lisa, portfolioId);
		this.mvc.perform(get("/portfolios/{id}/meetings", portfolioId).with(user(lisa)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Find a special library to visit"),
					containsString("Rewrite the end of criterion 3 as reflection"))));
		this.mvc.perform(get("/portfolios/{id}/meetings/prepare", portfolioId).with(user(lisa)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Find a special library to visit")));

		PksbView assessment = this.pksb.assessment(lisa, portfolioId);
		assertThat(assessment.rows()).hasSize(4);
		assertThat(assessment.hasInitial()).isTrue();
		assertThat(assessment.rows()).filteredOn((row) -> row.goalId() != null)
			.singleElement()
			.satisfies((row) -> assertThat(row.areaName())
				.isEqualTo("Wider library, information and knowledge sector context"));
		assertThat(this.plan.goals(lisa, portfolioId)).extracting(GoalView::title)
			.contains("Develop: Wider library, information and knowledge sector context");

		this.mvc.perform(get("/").with(user(lisa)))
			.andExpect(content().string(containsString("Notifications (5 unread)")));
		// Criterion 3 was sent back: its editor shows Ruth's summary and the suggested
		// rewording to accept.
		this.mvc
			.perform(get("/portfolios/{id}/sections/{s}/edit", portfolioId, statements.get(2).id()).with(user(lisa)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"sent-back\""), containsString("what, so what, now what"),
						containsString("<ins>showed me how libraries outside public libraries work</ins>"),
						containsString(">Accept the suggestion</button>"))));
	}

	/**
	 * Each statement was first drafted a few days before the last meeting and rewritten
	 * since, so that what changed since the meeting is a real difference: words removed
	 * and added in more than one paragraph, with the paragraphs kept.
	 */
	private void lisaRewroteHerDraftsAfterTheLastMeeting(SignedInUser lisa, long portfolioId,
			List<SectionView> statements, ChangesSince.Changes changed) throws Exception {
		LocalDateTime lastMeeting = changed.lastMeetingOn().atStartOfDay();
		for (SectionView statement : statements) {
			WritingService.Revisions revisions = this.writing.revisions(lisa, portfolioId, statement.id());
			WritingService.RevisionRow first = revisions.rows().get(revisions.rows().size() - 1);
			assertThat(first.number()).isEqualTo(1);
			assertThat(first.createdAt()).isBefore(lastMeeting).isAfter(lastMeeting.minusWeeks(1));
			assertThat(revisions.rows().get(0).createdAt()).isAfter(lastMeeting);

			assertThat(changed.sections()).filteredOn((change) -> change.section().id() == statement.id())
				.singleElement()
				.satisfies((change) -> {
					List<TextChanges.DiffPiece> diff = change.text().diff();
					assertThat(change.text().wordsThen()).isPositive().isLessThan(change.text().wordsNow());
					assertThat(diff).anySatisfy((piece) -> assertThat(piece.added()).isTrue());
					assertThat(diff).anySatisfy((piece) -> assertThat(piece.removed()).isTrue());
					assertThat(diff).anySatisfy((piece) -> assertThat(piece.paragraphBreak()).isTrue());
					assertThat(diff)
						.filteredOn((piece) -> !piece.added() && !piece.removed() && !piece.paragraphBreak())
						.isNotEmpty();
				});
		}
		// Criterion 1, word by word: the sentence Lisa told Ruth she had added is new
		// since the meeting.
		assertThat(changed.sections()).filteredOn((change) -> change.section().id() == statements.get(0).id())
			.singleElement()
			.satisfies((change) -> assertThat(change.text().diff()).filteredOn(TextChanges.DiffPiece::added)
				.extracting(TextChanges.DiffPiece::text)
				.anySatisfy((text) -> assertThat(text).contains("pick a book for a friend")));
		this.mvc.perform(get("/portfolios/{id}/meetings/prepare", portfolioId).with(user(lisa)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<br><br>"), containsString("pick a book for a friend"))));
		this.mvc
			.perform(get("/portfolios/{id}/sections/{s}/revisions", portfolioId, statements.get(1).id())
				.param("from", "1")
				.param("to", "2")
				.with(user(lisa)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<del>"), containsString("<ins>"),
					containsString("<br><br>"), not(containsString("have the same text")))));
	}

	/**
	 * Two acronyms used without saying what they stand for, and one explained where it is
	 * first used.
	 */
	private void theGlossaryHasAcronymsToExplain(SignedInUser lisa, long portfolioId) {
		GlossaryService.Glossary glossary = this.glossary.glossary(lisa, portfolioId);
		assertThat(glossary.flagged()).extracting(GlossaryService.Flagged::acronym)
			.containsExactlyInAnyOrder("CPD", "LMS");
		assertThat(glossary.explained()).extracting(GlossaryService.Explained::acronym).containsExactly("CDG");
	}

	private void ruthSeesWhatWaitsForHer(SignedInUser ruth, long portfolioId, List<SectionView> statements)
			throws Exception {
		assertThat(this.review.waitingForReview(ruth)).singleElement().satisfies((waiting) -> {
			assertThat(waiting.sectionId()).isEqualTo(statements.get(1).id());
			assertThat(waiting.candidateName()).isEqualTo("Lisa Marsh");
		});
		this.mvc.perform(get("/mentoring").with(user(ruth)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lisa Marsh")));
		this.mvc.perform(get("/portfolios/{id}/meetings/prepare", portfolioId).with(user(ruth)))
			.andExpect(status().isOk());
		// Her requests to review criteria 1 and 3 are done with (she decided): Lisa's
		// reply and criterion 2 stay unread.
		this.mvc.perform(get("/").with(user(ruth)))
			.andExpect(content().string(containsString("Notifications (2 unread)")));
		this.mvc.perform(get("/notifications").with(user(ruth)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("You approved this"),
					containsString("You requested changes"), containsString("Waiting for your review"),
					containsString("Done"), containsString("I have added a sentence"))));
	}

	private void tomSeesProgressAndOnlyTheSharedSection(SignedInUser tom, long portfolioId,
			List<SectionView> statements) throws Exception {
		assertThat(this.portfolios.progressView(tom, portfolioId).sections()).filteredOn(SectionView::isStatement)
			.extracting(SectionView::status)
			.containsExactly(SectionStatus.APPROVED, SectionStatus.READY_FOR_REVIEW, SectionStatus.CHANGES_REQUESTED);
		this.mvc.perform(get("/portfolios/{id}/progress", portfolioId).with(user(tom))).andExpect(status().isOk());
		this.mvc
			.perform(get("/portfolios/{id}/progress/sections/{s}", portfolioId, statements.get(1).id()).with(user(tom)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("digital inclusion")));
		for (SectionView unshared : List.of(statements.get(0), statements.get(2))) {
			assertThatExceptionOfType(PortfolioNotFoundException.class)
				.isThrownBy(() -> this.access.sectionReadable(tom, portfolioId, unshared.id()));
			this.mvc.perform(get("/portfolios/{id}/progress/sections/{s}", portfolioId, unshared.id()).with(user(tom)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/").with(user(tom)))
			.andExpect(content()
				.string(allOf(containsString("My Certification portfolio"), containsString("Lisa Marsh"))));
	}

	private void theDirectoryListsRuthAndTwoMoreMentors(SignedInUser lisa) throws Exception {
		this.mvc.perform(get("/mentors").with(user(lisa)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Dr Ruth Okafor"), containsString("Priya Shah"),
					containsString("Gareth Evans"), not(containsString("Tom Reilly")))));
	}

	private List<SectionView> statements(SignedInUser candidate, long portfolioId) {
		return this.portfolios.view(candidate, portfolioId)
			.sections()
			.stream()
			.filter(SectionView::isStatement)
			.toList();
	}

}
