package org.chartfolio.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.cpd.CpdService;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceService.IncomingFile;
import org.chartfolio.meeting.MeetingMode;
import org.chartfolio.meeting.MeetingService;
import org.chartfolio.pksb.PksbService;
import org.chartfolio.pksb.SnapshotKind;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.readiness.GlossaryService;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.PksbScene;
import org.chartfolio.support.Scene;
import org.chartfolio.support.TestFiles;
import org.chartfolio.writing.WritingService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rich portfolios made through the services, and ZIPs taken apart and put together, for
 * the archive tests.
 */
@Scene
class ArchiveScene {

	static final byte[] NOTES = notes();

	@Autowired
	PksbScene choices;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ArchiveService archive;

	@Autowired
	PortfolioService portfolios;

	@Autowired
	PortfolioMemberships memberships;

	@Autowired
	WritingService writing;

	@Autowired
	EvidenceService evidence;

	@Autowired
	PlanService plan;

	@Autowired
	ReviewService review;

	@Autowired
	PksbService pksb;

	@Autowired
	MeetingService meetings;

	@Autowired
	CpdService cpd;

	@Autowired
	GlossaryService glossary;

	/** A newly registered person: a candidate, their mentor, or someone who imports. */
	SignedInUser person(String name) {
		return this.fixtures.person(name);
	}

	/**
	 * The ZIP of a {@link #certification rich portfolio} of a new candidate's, changed to
	 * say that it was submitted and that Dr Ruth Okafor approved every section.
	 */
	byte[] zipClaimingEverything(String candidateName) {
		SignedInUser candidate = person(candidateName);
		long original = certification(candidate, person("Mo Mentor"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.archive.export(candidate, original, out);
		return zip(ArchiveImportRulesTests.with(unzip(out.toByteArray()), (p) -> {
			p.put("submittedAt", "2026-11-01T10:00:00Z");
			for (JsonNode node : p.path("sections")) {
				ObjectNode section = (ObjectNode) node;
				section.put("status", "APPROVED");
				section.put("readyForReviewSince", "2026-10-01T09:00:00Z");
				section.put("approvedAt", "2026-10-02T09:00:00Z");
				section.put("approvedBy", "Dr Ruth Okafor");
			}
		}));
	}

	/**
	 * A Certification portfolio with everything in it, a mentor's review and comments
	 * included.
	 */
	long certification(SignedInUser candidate, SignedInUser mentor) {
		long id = this.fixtures.portfolio(candidate, "certification");
		this.memberships.join(id, mentor, PortfolioRole.MENTOR);
		List<SectionView> sections = this.portfolios.view(candidate, id).sections();
		long first = sections.get(0).id();
		long second = sections.get(1).id();
		var certificate = this.evidence.add(candidate, id,
				evidence("First Aid certificate").kind(EvidenceKind.CERTIFICATE)
					.on(LocalDate.of(2026, 3, 2))
					.description("A one-day course.")
					.reflection("That I can act in an emergency.")
					.link("https://example.org/first-aid")
					.tags("safety", "training")
					.build(),
				List.of(new IncomingFile("certificate.pdf", TestFiles.PDF.length, new ByteArrayResource(TestFiles.PDF)),
						new IncomingFile("photo of me.png", TestFiles.png().length,
								new ByteArrayResource(TestFiles.png()))));
		var minutes = this.evidence.add(candidate, id, evidence("Committee minutes").kind(EvidenceKind.MINUTES).build(),
				List.of(new IncomingFile("notes.txt", NOTES.length, new ByteArrayResource(NOTES))));
		this.evidence.add(candidate, id, evidence("A note").description("Just a note").tags("rough").build());
		this.writing.save(candidate, id, first, "I did a course [E1].\n\nThe minutes show it [E2].", 0, false);
		long version = this.writing.editor(candidate, id, first).version();
		this.writing.save(candidate, id, first,
				"# Personal performance\n\nI did a First Aid course [E1].\n\nThe minutes show what changed [E2] [E1].",
				version, true);
		this.writing.annotate(candidate, id, first, certificate.id(), "The certificate itself");
		this.writing.save(candidate, id, second, "My library serves a town of 20,000.", 0, false);
		this.review.markReadyForReview(candidate, id, first, sectionVersion(candidate, id, 0));
		this.review.approve(mentor, id, first, sectionVersion(candidate, id, 0));
		long thread = this.review.comment(mentor, id, first, "Say more about the outcome.", 2);
		this.review.reply(candidate, id, first, thread, "I will add the figures.");
		this.review.comment(candidate, id, second, "Is this enough?", null);
		this.plan.add(candidate, id,
				goal("Do a First Aid course").reason("A gap in safety")
					.actions("Book it")
					.target(LocalDate.of(2026, 4, 1))
					.status(GoalStatus.DONE)
					.outcome("Passed")
					.evidence(certificate.id(), minutes.id())
					.build());
		String ethics = this.choices.key(candidate, id, "Ethics and values");
		long rating = this.pksb.choose(candidate, id, ethics);
		this.pksb.rate(candidate, id, rating, new PksbService.RatingEdit(1, 3, "Through the course",
				this.pksb.rating(candidate, id, rating).version()));
		this.pksb.snapshot(candidate, id, SnapshotKind.INITIAL);
		this.pksb.rate(candidate, id, rating,
				new PksbService.RatingEdit(2, 3, "Better now", this.pksb.rating(candidate, id, rating).version()));
		this.pksb.gapToGoal(candidate, id, rating);
		this.choices.choose(candidate, id, "Research skills");
		this.meetings.logMeeting(candidate, id,
				new MeetingService.NewMeeting(LocalDate.of(2026, 2, 1), MeetingMode.VIDEO,
						"We talked about criterion 1.", LocalDate.of(2026, 3, 1),
						List.of("Find a course", "Draft criterion 2"), Set.of()));
		this.meetings.logMeeting(mentor, id, new MeetingService.NewMeeting(LocalDate.of(2026, 3, 1),
				MeetingMode.IN_PERSON, "Course booked.", null, List.of("Write it up"), Set.of()));
		this.plan.add(candidate, id, goal("Another goal").build());
		this.glossary.define(candidate, id, "LMS", "Library Management System", null);
		this.glossary.dismiss(candidate, id, "GDPR", true, null);
		return id;
	}

	/** A Revalidation portfolio with its short statement and a CPD log. */
	long revalidation(SignedInUser candidate) {
		long id = this.fixtures.portfolio(candidate, "revalidation");
		long statement = this.portfolios.view(candidate, id).sections().get(0).id();
		this.writing.save(candidate, id, statement, "Twenty hours of learning this year.", 0, false);
		this.cpd.add(candidate, id, new CpdService.ActivityEdit(LocalDate.of(2026, 1, 10), "Cataloguing course",
				new BigDecimal("6.5"), "Useful", null));
		this.cpd.add(candidate, id,
				new CpdService.ActivityEdit(LocalDate.of(2026, 5, 3), "Conference", new BigDecimal("14"), "", null));
		return id;
	}

	private long sectionVersion(SignedInUser candidate, long id, int index) {
		return this.portfolios.view(candidate, id).sections().get(index).version();
	}

	/**
	 * What the import page says next to its file field after this person uploads this ZIP
	 * and the import is refused: the page is shown again, with the reason.
	 */
	static String importRefusal(MockMvc mvc, SignedInUser importer, byte[] zip) throws Exception {
		String page = mvc
			.perform(multipart("/portfolios/import")
				.file(new MockMultipartFile("file", "portfolio.zip", "application/zip", zip))
				.with(user(importer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"file-error\"");
		String field = page.substring(page.indexOf("id=\"file-error\""));
		return field.substring(0, field.indexOf("</p>"));
	}

	/**
	 * This person uploads a file (a Leap2A export, as a ZIP or a lone feed) to bring into
	 * this portfolio's evidence.
	 */
	static RequestBuilder leap2aUpload(SignedInUser user, long portfolio, String name, String type, byte[] content) {
		return multipart("/portfolios/" + portfolio + "/evidence/import/new")
			.file(new MockMultipartFile("file", name, type, content))
			.with(user(user))
			.with(csrf());
	}

	/**
	 * The {@link #leap2aUpload upload} of a file that can be read: the address of its
	 * preview, where the upload sends the person.
	 */
	static String leap2aPreview(MockMvc mvc, SignedInUser user, long portfolio, String name, String type,
			byte[] content) throws Exception {
		return mvc.perform(leap2aUpload(user, portfolio, name, type, content))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] notes() {
		return "Minutes of the committee\nAttendees: é, ü, ß\n".repeat(2000)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

}
