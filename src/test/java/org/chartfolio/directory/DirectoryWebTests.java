package org.chartfolio.directory;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DirectoryWebTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private DirectoryService directory;

	@Autowired
	private DirectoryListing directoryListing;

	@Autowired
	private MentorRequesting requesting;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private PortfolioScene scene;

	@Test
	void signedOutVisitorsAreSentToSignIn() throws Exception {
		for (String path : List.of("/mentors", "/mentors/listing", "/mentors/1/request", "/mentors/requests",
				"/mentors/requests/1", "/mentors/requests/1/cv/1")) {
			this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
		for (String path : List.of("/mentors/listing", "/mentors/listing/pause", "/mentors/1/request",
				"/mentors/requests/1/accept", "/mentors/requests/1/decline", "/mentors/requests/1/withdraw")) {
			this.mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void aListingWithMistakesShowsEachMessageNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
		SignedInUser mentor = this.scene.person("Mentor");
		this.mvc.perform(listing(mentor, "", "HEALTH", "12", "I mentor in the evenings."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("id=\"region-error\"")))
			.andExpect(content().string(containsString("Choose the region where you can meet mentees")))
			.andExpect(content().string(containsString("id=\"capacity-error\"")))
			.andExpect(content().string(containsString("Enter how many mentees you can take, a number from 1 to 10")))
			.andExpect(content().string(containsString("I mentor in the evenings.")))
			.andExpect(content().string(containsString("value=\"HEALTH\" selected")));

		this.mvc.perform(listing(mentor, "WALES", "HEALTH", "two", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"introduction-error\"")))
			.andExpect(content().string(containsString("Write a short introduction for candidates")))
			.andExpect(content().string(containsString("id=\"capacity-error\"")))
			.andExpect(content().string(not(containsString("Exception"))));

		this.mvc.perform(listing(mentor, "WALES", "HEALTH", "2", "I mentor in the evenings."))
			.andExpect(redirectedUrl("/mentors/listing"))
			.andExpect(flash().attribute("notice", "directory.listing.saved"));
	}

	@Test
	void aStaleListingEditSaysSoAndKeepsWhatWasTyped() throws Exception {
		SignedInUser mentor = this.scene.person("Mentor");
		this.directory.saveListing(mentor, new DirectoryService.ListingDetails(Region.WALES, Sector.HEALTH, 2, "First"),
				0);
		long version = this.directoryListing.myListing(mentor).orElseThrow().version();
		this.directory.saveListing(mentor,
				new DirectoryService.ListingDetails(Region.WALES, Sector.HEALTH, 3, "Second"), version);

		this.mvc
			.perform(listing(mentor, "LONDON", "HEALTH", "4", "Typed in an old tab").param("version",
					String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This was changed somewhere else")))
			.andExpect(content().string(containsString("Typed in an old tab")));
	}

	@Test
	void theDirectoryRemembersTheCandidatesSectorAndSuggestsOtherSectorsFirst() throws Exception {
		SignedInUser candidate = this.scene.person("Candidate");
		listed("Ada Same Sector", Region.NORTHERN_IRELAND, Sector.HEALTH);
		listed("Zed Other Sector", Region.NORTHERN_IRELAND, Sector.PUBLIC);
		MockHttpSession session = new MockHttpSession();

		this.mvc
			.perform(get("/mentors").param("mySector", "HEALTH")
				.param("region", "NORTHERN_IRELAND")
				.session(session)
				.with(user(candidate)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(matchesPattern("(?s).*Zed Other Sector.*Another sector from yours.*Ada Same Sector.*")));
		this.mvc.perform(get("/mentors").param("region", "NORTHERN_IRELAND").session(session).with(user(candidate)))
			.andExpect(content().string(containsString("value=\"HEALTH\" selected")))
			.andExpect(content().string(matchesPattern("(?s).*Zed Other Sector.*Ada Same Sector.*")));
		this.mvc
			.perform(get("/mentors").param("region", "NOT_A_REGION")
				.param("sector", "x")
				.session(session)
				.with(user(candidate)))
			.andExpect(status().isOk());
	}

	@Test
	void aRequestWithMistakesShowsEachMessageNextToItsField() throws Exception {
		SignedInUser mentor = listed("Mentor", Region.LONDON, Sector.LEGAL);
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		long listingId = this.directoryListing.myListing(mentor).orElseThrow().id();

		this.mvc
			.perform(post("/mentors/" + listingId + "/request").with(user(p.candidate()))
				.with(csrf())
				.param("portfolioId", String.valueOf(p.id()))
				.param("cvEvidenceId", "")
				.param("message", "Would you mentor me?"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cvEvidenceId-error\"")))
			.andExpect(content().string(containsString("Choose the evidence item that holds your CV")))
			.andExpect(content().string(containsString("Would you mentor me?")));

		long note = this.scene.evidence(p, evidence("Just a note")).id();
		this.mvc
			.perform(post("/mentors/" + listingId + "/request").with(user(p.candidate()))
				.with(csrf())
				.param("portfolioId", String.valueOf(p.id()))
				.param("cvEvidenceId", String.valueOf(note))
				.param("message", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"message-error\"")))
			.andExpect(content().string(containsString("Write a short message to the mentor")));
	}

	@Test
	void anotherPersonsRequestAndItsCvAreNotFoundAndTheCvGoesAsAnAttachmentToTheMentor() throws Exception {
		SignedInUser mentor = listed("Mentor", Region.LONDON, Sector.LEGAL);
		SignedInUser stranger = this.scene.person("Stranger");
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		long requestId = send(mentor, p.candidate(), p.id());
		long fileId = this.requesting.request(mentor, requestId).cvFiles().get(0).id();
		String cv = "/mentors/requests/" + requestId + "/cv/" + fileId;

		this.mvc.perform(get("/mentors/requests/" + requestId).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(cv).with(user(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(cv).with(user(p.candidate()))).andExpect(status().isNotFound());
		onRequest(requestId, "accept", stranger).andExpect(status().isNotFound());
		onRequest(requestId, "withdraw", stranger).andExpect(status().isNotFound());

		this.mvc.perform(get(cv).with(user(mentor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("cv.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(TestFiles.PDF));

		onRequest(requestId, "decline", mentor).andExpect(redirectedUrl("/mentors/requests/" + requestId));
		this.mvc.perform(get(cv).with(user(mentor))).andExpect(status().isNotFound());
		this.mvc.perform(get("/mentors/requests").with(user(p.candidate())))
			.andExpect(content().string(containsString("Declined")));
	}

	@Test
	void aRefusedAcceptanceIsExplainedOnTheRequestPage() throws Exception {
		SignedInUser mentor = listed("Mentor", Region.WALES, Sector.SCHOOL);
		SignedInUser first = this.scene.person("First Mentor");
		Portfolio p = this.scene.candidate("Candidate").portfolio("chartership");
		long requestId = send(mentor, p.candidate(), p.id());
		this.scene.join(p, first, PortfolioRole.MENTOR);

		onRequest(requestId, "accept", mentor).andExpect(status().isConflict())
			.andExpect(content()
				.string(containsString("This portfolio already has a mentor, so you cannot become its mentor.")))
			.andExpect(content().string(containsString("Waiting for an answer")));
	}

	@Test
	void theHomePageLinksToRequestsWaitingForAnAnswer() throws Exception {
		SignedInUser mentor = listed("Mentor", Region.WALES, Sector.SCHOOL);
		SignedInUser candidate = this.scene.person("Candidate");
		this.mvc.perform(get("/").with(user(mentor)))
			.andExpect(content().string(not(containsString("waiting for your answer"))));
		send(mentor, candidate, this.scene.portfolio(candidate, "chartership"));
		this.mvc.perform(get("/").with(user(mentor)))
			.andExpect(content().string(containsString("You have 1 mentoring request waiting for your answer.")))
			.andExpect(content().string(containsString("href=\"/mentors/requests\"")));
	}

	private SignedInUser listed(String name, Region region, Sector sector) {
		SignedInUser mentor = this.scene.person(name);
		this.directory.saveListing(mentor, new DirectoryService.ListingDetails(region, sector, 3, "Happy to help."), 0);
		return mentor;
	}

	/** This person posts this step (accept, decline, withdraw) on the request. */
	private ResultActions onRequest(long requestId, String step, SignedInUser who) throws Exception {
		return this.mvc.perform(post("/mentors/requests/" + requestId + "/" + step).with(user(who)).with(csrf()));
	}

	private long send(SignedInUser mentor, SignedInUser candidate, long portfolioId) {
		long cv = this.evidence.add(candidate, portfolioId, evidence("CV").kind(EvidenceKind.DOCUMENT).build(), List
			.of(new EvidenceService.IncomingFile("cv.pdf", TestFiles.PDF.length, new ByteArrayResource(TestFiles.PDF))))
			.id();
		return this.requesting.send(candidate, this.directoryListing.myListing(mentor).orElseThrow().id(), portfolioId,
				cv, "Hi", null);
	}

	/** The mentor's listing form, sent with these answers. */
	private MockHttpServletRequestBuilder listing(SignedInUser mentor, String region, String sector, String capacity,
			String introduction) {
		return post("/mentors/listing").with(user(mentor))
			.with(csrf())
			.param("region", region)
			.param("sector", sector)
			.param("capacity", capacity)
			.param("introduction", introduction);
	}

}
