package org.chartfolio.review;

import java.util.UUID;

import org.chartfolio.support.BrowserJourney;
import org.chartfolio.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole review cycle as the three people live it, entirely through the pages: a
 * candidate invites a mentor and a line manager, the mentor reviews and approves, the
 * candidate reopens, a meeting is logged and prepared for, and the line manager follows
 * progress without reading the writing.
 */
@BrowserTest
class ReviewCycleJourneyBrowserTests extends BrowserJourney {

	private static final String PASSWORD = "meadow lantern parcel";

	private static final String TITLE = "Aisha's Certification";

	private final String candidate = "cand-" + UUID.randomUUID() + "@example.org";

	private final String mentor = "mentor-" + UUID.randomUUID() + "@example.org";

	private final String manager = "manager-" + UUID.randomUUID() + "@example.org";

	private String overview;

	private String section;

	@Test
	void aSectionGoesFromFirstDraftThroughReviewApprovalAndReopeningToTheNextMeeting() {
		candidateStartsAPortfolioAndWritesAStatement();
		String mentorLink = candidateInvites(this.mentor, "Mentor");
		String managerLink = candidateInvites(this.manager, "Line manager");
		signOut();

		registersThroughTheLinkAndAccepts(mentorLink, "Tom Reed", this.mentor, "Mentor");
		registersThroughTheLinkAndAccepts(managerLink, "Sam Price", this.manager, "Line manager");

		signedInAs(this.candidate, this::candidateMarksReadyForReview);
		signedInAs(this.mentor, this::mentorCommentsOnTheSecondParagraphAndRequestsChanges);
		signedInAs(this.candidate, this::candidateFollowsTheNotificationToTheSection,
				this::candidateRevisesRepliesResolvesAndMarksReadyAgain);
		signedInAs(this.mentor, this::mentorFindsTheSectionWaitingOnTheMentoringPageAndApproves);
		signedInAs(this.candidate, this::candidatesEditorIsLockedUntilReopenedWithAReason);
		signedInAs(this.mentor, this::mentorSeesTheDifferenceSinceApproval, this::mentorLogsAMeeting);
		signedInAs(this.candidate, this::candidateChangesTheStatementAndThePreparationPageShowsIt);

		signInAtHome(this.manager, PASSWORD);
		lineManagerSeesProgressButNotTheStatement();
	}

	private void candidateStartsAPortfolioAndWritesAStatement() {
		registerAndSignIn("Aisha Khan", this.candidate, PASSWORD);
		this.browser.click("Start your portfolio");
		this.browser.choose("Certification (ACLIP)").fill("title", TITLE).click("Start portfolio");
		this.overview = this.browser.path();
		this.browser.click("Criterion 1: Personal performance");
		this.section = this.browser.path();
		this.browser.click("Start writing");
		this.browser.fill("body", "I planned the summer reading display.\n\nIt went well.");
		this.browser.click("Save");
		assertThat(this.browser.path()).isEqualTo(this.section);
		assertThat(this.browser.text("[data-testid=section-status]")).isEqualTo("Draft");
	}

	/** Creates the invitation on the People page and copies the link the page shows. */
	private String candidateInvites(String email, String role) {
		this.browser.open(this.overview);
		this.browser.click("People");
		this.browser.fill("email", email).choose(role).click("Create invitation link");
		assertThat(this.browser.mainText()).contains("Invitation created").contains(email);
		String link = this.browser.value("new-link");
		assertThat(link).contains("/invitations/");
		return link.substring(link.indexOf("/invitations/"));
	}

	private void registersThroughTheLinkAndAccepts(String link, String name, String email, String role) {
		this.browser.open(link);
		// A signed-out invitee first learns who invites them to what.
		assertThat(this.browser.path()).isEqualTo(link);
		assertThat(this.browser.mainText()).contains("Aisha Khan invites you to be the " + role);
		registerFromHereAndSignIn(name, email, PASSWORD);
		// Signing in goes back to the link opened before registering (Spring Security
		// marks it "?continue").
		assertThat(this.browser.path()).startsWith(link);
		assertThat(this.browser.mainText())
			.contains("Aisha Khan invites you to be the " + role + " for the portfolio \"" + TITLE + "\"");
		this.browser.click("Accept");
		assertThat(this.browser.path()).isEqualTo("/");
		// The home page of someone who supports others: the person first, then the
		// portfolio and the role.
		assertThat(this.browser.mainText()).contains("Invitation accepted")
			.contains("Aisha Khan")
			.contains(TITLE + " · " + role);
		signOut();
	}

	private void candidateMarksReadyForReview() {
		markReadyForReview(this.section);
	}

	private void mentorCommentsOnTheSecondParagraphAndRequestsChanges() {
		assertThat(commentOn(this.section, 2, "What went well, and how do you know?")).contains("It went well.");
		requestChanges("Evaluate the outcome: what changed for readers?");
	}

	private void candidateFollowsTheNotificationToTheSection() {
		assertThat(this.browser.text("[data-testid=notifications-link]")).matches("Notifications \\(\\d+ unread\\)");
		this.browser.click(this.browser.driver().findElement(By.cssSelector("[data-testid=notifications-link]")));
		String requested = "Tom Reed requested changes to \"Criterion 1: Personal performance\" in \"" + TITLE + "\".";
		assertThat(this.browser.mainText()).contains(requested);
		WebElement open = this.browser.driver()
			.findElement(By.xpath("//li[contains(., 'requested changes')]//button[normalize-space()='Open']"));
		this.browser.click(open);
		assertThat(this.browser.path()).startsWith(this.section);
	}

	private void candidateRevisesRepliesResolvesAndMarksReadyAgain() {
		saveStatement("I planned the summer reading display.\n\nLoans of children's books rose by a third.");
		assertThat(this.browser.path()).isEqualTo(this.section);

		this.browser.open(this.section + "/review");
		String thread = this.browser.driver().findElement(By.xpath("//article[.//blockquote]")).getAttribute("id");
		this.browser.fill("reply-" + thread.substring("thread-".length()), "I have added the loan figures.");
		this.browser.click("Post reply");
		assertThat(this.browser.text("#" + thread)).contains("I have added the loan figures.");
		this.browser
			.click(this.browser.driver().findElement(By.cssSelector("#" + thread + " form:last-of-type button")));
		assertThat(this.browser.mainText()).contains("Thread resolved").contains("1 comment is unresolved.");
		this.browser.click("Mark ready for review");
		assertThat(this.browser.mainText()).contains("Section marked ready for review");
	}

	private void mentorFindsTheSectionWaitingOnTheMentoringPageAndApproves() {
		this.browser.click("Mentoring");
		assertThat(this.browser.text("#waiting + ol")).contains("Criterion 1: Personal performance")
			.contains("from Aisha Khan, " + TITLE);
		this.browser.click(this.browser.driver().findElement(By.cssSelector("#waiting + ol a")));
		assertThat(this.browser.path()).isEqualTo(this.section + "/review");
		this.browser.click("Approve the section");
		assertThat(this.browser.text("#confirm-approval")).contains("1 comment is unresolved");
		this.browser.click("Approve anyway");
		assertThat(this.browser.text("[data-testid=review-status]")).isEqualTo("Approved");
	}

	private void candidatesEditorIsLockedUntilReopenedWithAReason() {
		this.browser.open(this.section + "/edit");
		assertThat(this.browser.text("#locked-notice")).contains("This section is approved");
		assertThat(this.browser.driver().findElements(By.xpath("//button[normalize-space()='Save']")))
			.as("no way to save an approved section's text")
			.isEmpty();
		this.browser.click(this.browser.driver().findElement(By.cssSelector("#approval-banner summary")));
		this.browser.fill("section-reopen-reason", "New figures from the autumn term");
		this.browser.click("Reopen the section");
		assertThat(this.browser.path()).isEqualTo(this.section + "/edit");
		assertThat(this.browser.mainText()).contains("Section reopened").contains("New figures from the autumn term");
		saveStatement(
				"I planned the summer reading display.\n\nLoans of children's books rose by a third, and stayed up in autumn.");
		assertThat(this.browser.mainText()).contains("Your text has been saved.");
	}

	private void mentorSeesTheDifferenceSinceApproval() {
		this.browser.open(this.section);
		assertThat(this.browser.text("#since-approval")).contains("Changed since approval");
		assertThat(this.browser.text("#since-approval ins")).contains("and stayed up in autumn.");
	}

	private void mentorLogsAMeeting() {
		this.browser.open(this.overview + "/meetings");
		this.browser.click("Log a meeting");
		this.browser.choose("Video call")
			.fill("notes", "We went through the reopened section.")
			.fill("actions0.text", "Add the autumn loan figures as evidence")
			.click("Save meeting");
		assertThat(this.browser.mainText()).contains("Meeting logged.").contains("Logged by Tom Reed");
	}

	private void candidateChangesTheStatementAndThePreparationPageShowsIt() {
		saveStatement("I planned the summer reading display with the schools team.\n\n"
				+ "Loans of children's books rose by a third, and stayed up in autumn.");
		assertThat(this.browser.mainText()).contains("Your text has been saved.");
		this.browser.open(this.overview + "/meetings");
		this.browser.click("Prepare for the meeting");
		assertThat(this.browser.mainText()).contains("Changed since your last meeting on")
			.contains("Add the autumn loan figures as evidence");
		assertThat(this.browser.text(".diff ins")).contains("schools team");
	}

	private void lineManagerSeesProgressButNotTheStatement() {
		assertThat(this.browser.mainText()).contains("Aisha Khan").contains(TITLE + " · Line manager");
		this.browser.click("Aisha Khan");
		String progress = this.overview + "/progress";
		assertThat(this.browser.path()).isEqualTo(progress);
		WebElement row = this.browser.driver()
			.findElement(By.xpath("//tr[th[normalize-space()='Criterion 1: Personal performance']]"));
		assertThat(row.getText()).contains("Draft").contains("23");
		assertThat(this.browser.mainText()).contains("Statement words")
			.contains("23 of 1,000")
			.contains("Not shared")
			.doesNotContain("summer reading");
		this.browser.open(this.section);
		assertThat(this.browser.mainText()).contains("Page not found").doesNotContain("summer reading");
	}

	/** This person signs in at the home page, takes these steps and signs out. */
	private void signedInAs(String email, Runnable... steps) {
		signInAtHome(email, PASSWORD);
		for (Runnable step : steps) {
			step.run();
		}
		signOut();
	}

	/** The statement's editor saves this text. */
	private void saveStatement(String text) {
		this.browser.open(this.section + "/edit");
		this.browser.fill("body", text);
		this.browser.click("Save");
	}

	private void signOut() {
		this.browser.click("Sign out");
		assertThat(this.browser.path()).startsWith("/login");
	}

}
