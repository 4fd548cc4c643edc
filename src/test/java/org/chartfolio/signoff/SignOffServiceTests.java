package org.chartfolio.signoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionKind;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.system.FieldProblem;
import org.chartfolio.system.SecretTokens;
import org.chartfolio.system.StaleEditException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class SignOffServiceTests {

	@Autowired
	private SignOffService signoffs;

	@Autowired
	private SignOffReading reading;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcClient jdbc;

	private record Scene(SignedInUser candidate, SignedInUser mentor, long portfolioId) {
	}

	private Scene scene(String route, boolean mentored) {
		SignedInUser candidate = this.fixtures.person("Candidate");
		SignedInUser mentor = this.fixtures.person("Ruth Okafor");
		long portfolioId = this.fixtures.portfolio(candidate, route);
		if (mentored) {
			this.memberships.join(portfolioId, mentor, PortfolioRole.MENTOR);
		}
		return new Scene(candidate, mentor, portfolioId);
	}

	private List<SectionKind> kinds(Scene scene) {
		return this.portfolios.view(scene.candidate(), scene.portfolioId())
			.sections()
			.stream()
			.map(SectionView::kind)
			.toList();
	}

	@Test
	void eachRouteGivesANewPortfolioItsSignOffSectionFromItsData() {
		assertThat(kinds(scene("certification", false))).endsWith(SectionKind.MENTOR_STATEMENT);
		assertThat(kinds(scene("chartership", false))).endsWith(SectionKind.MENTOR_STATEMENT);
		assertThat(kinds(scene("fellowship", false))).endsWith(SectionKind.LETTERS_OF_SUPPORT);
		assertThat(kinds(scene("km-chartership", false))).endsWith(SectionKind.MENTOR_STATEMENT);
		assertThat(kinds(scene("km-fellowship", false))).endsWith(SectionKind.LETTERS_OF_SUPPORT);
		Scene revalidation = scene("revalidation", false);
		assertThat(kinds(revalidation)).noneMatch(SectionKind::isSignOff);
		assertThatThrownBy(() -> this.reading.page(revalidation.candidate(), revalidation.portfolioId()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThat(this.jdbc.sql("""
				select count(*) from route_part p join route r on r.id = p.route_id
				where p.kind in ('MENTOR_STATEMENT', 'LETTERS_OF_SUPPORT')""").query(Integer.class).single())
			.as("route data: one sign-off part each for certification, chartership, fellowship and the two KM routes")
			.isEqualTo(5);
	}

	@Test
	void theMentorWritesSignsAndReopensAndTheCandidateOnlyReads() {
		Scene scene = scene("certification", true);
		long p = scene.portfolioId();

		assertThat(this.reading.status(scene.candidate(), p, kinds(scene)).orElseThrow().complete())
			.as("with a mentor, readiness needs the statement")
			.isFalse();
		assertThatThrownBy(() -> this.signoffs.save(scene.candidate(), p, "I approve myself", null, null))
			.isInstanceOf(SignOffRefusedException.class);

		this.signoffs.save(scene.mentor(), p, "Lisa met me monthly.", "Chartered Librarian", null);
		SignOffService.SignOffPage draft = this.reading.page(scene.candidate(), p);
		assertThat(draft.mentorDocument().text()).isEqualTo("Lisa met me monthly.");
		assertThat(draft.mentorDocument().signed()).isFalse();
		assertThat(draft.mentorWrites()).isFalse();
		long version = draft.mentorDocument().version();

		assertThatThrownBy(() -> this.signoffs.save(scene.mentor(), p, "From a stale tab", null, version + 5))
			.isInstanceOf(StaleEditException.class);
		assertThatThrownBy(() -> this.signoffs.sign(scene.mentor(), p, "   ", null, version))
			.isInstanceOf(FieldProblem.class);

		this.signoffs.sign(scene.mentor(), p, "Lisa met me monthly and her portfolio is complete.",
				"Chartered Librarian", version);
		SignOffService.SignOffPage signed = this.reading.page(scene.mentor(), p);
		assertThat(signed.mentorDocument().signed()).isTrue();
		assertThat(signed.mentorDocument().authorName()).isEqualTo("Ruth Okafor");
		assertThat(signed.revisions()).extracting(SignOffService.RevisionView::note).containsExactly("SIGNED", null);
		assertThat(this.reading.status(scene.candidate(), p, kinds(scene)).orElseThrow().complete()).isTrue();

		long signedVersion = signed.mentorDocument().version();
		assertThatThrownBy(() -> this.signoffs.save(scene.mentor(), p, "Changed after signing", null, signedVersion))
			.isInstanceOf(SignOffRefusedException.class)
			.hasMessage("signoff.refused.signed");
		assertThatThrownBy(() -> this.signoffs.reopen(scene.candidate(), p, signedVersion))
			.isInstanceOf(SignOffRefusedException.class);

		this.signoffs.reopen(scene.mentor(), p, signedVersion);
		SignOffService.SignOffPage reopened = this.reading.page(scene.mentor(), p);
		assertThat(reopened.mentorDocument().signed()).isFalse();
		assertThat(reopened.mentorDocument().text()).isEqualTo("Lisa met me monthly and her portfolio is complete.");
		assertThat(reopened.revisions()).hasSize(3);
		assertThat(this.reading.status(scene.candidate(), p, kinds(scene)).orElseThrow().complete()).isFalse();
	}

	@Test
	void withoutAMentorTheStatementIsNotRequired() {
		Scene scene = scene("chartership", false);
		SignOffService.SignOffStatus status = this.reading.status(scene.candidate(), scene.portfolioId(), kinds(scene))
			.orElseThrow();
		assertThat(status.mentored()).isFalse();
		assertThat(status.complete()).isTrue();
	}

	@Test
	void aLineManagerAndAStrangerCannotReadTheSignOffs() {
		Scene scene = scene("certification", true);
		SignedInUser manager = this.fixtures.person("Manager");
		this.memberships.join(scene.portfolioId(), manager, PortfolioRole.LINE_MANAGER);
		assertThatThrownBy(() -> this.reading.page(manager, scene.portfolioId()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.reading.page(this.fixtures.person("Stranger"), scene.portfolioId()))
			.isInstanceOf(PortfolioNotFoundException.class);
		assertThatThrownBy(() -> this.signoffs.save(manager, scene.portfolioId(), "text", null, null))
			.isInstanceOf(PortfolioNotFoundException.class);
	}

	@Test
	void aSupporterLinkIsRandomHashedSingleUseAndLocksTheLetter() {
		Scene scene = scene("fellowship", true);
		long p = scene.portfolioId();
		assertThatThrownBy(() -> this.signoffs.invite(scene.mentor(), p, "Sam Supporter", null))
			.isInstanceOf(PortfolioNotFoundException.class);

		SignOffService.IssuedLink link = this.signoffs.invite(scene.candidate(), p, "Sam Supporter", "sam@example.org");
		assertThat(link.token()).matches("[A-Za-z0-9_-]{43}");
		String stored = this.jdbc.sql("select token_hash from supporter_invitation where id = ?")
			.param(link.invitationId())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(SecretTokens.hash(link.token())).doesNotContain(link.token());
		assertThatThrownBy(() -> this.signoffs.invite(scene.candidate(), p, "Second", null))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("signoff.invite.alreadyOpen");

		assertThat(this.signoffs.offer(link.token()).supporterName()).isEqualTo("Sam Supporter");
		assertThatThrownBy(() -> this.signoffs.submit(link.token(),
				new SignOffService.Letter("Sam Supporter", "", "I support this.", null, null)))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("role");
		this.signoffs.submit(link.token(), new SignOffService.Letter("Sam Supporter", "Head of Libraries, Leeds",
				"I have known the candidate for ten years.", null, null));

		assertThatThrownBy(() -> this.signoffs.offer(link.token())).isInstanceOf(SupporterLinkException.class)
			.hasMessage("signoff.link.used");
		assertThatThrownBy(() -> this.signoffs.submit(link.token(),
				new SignOffService.Letter("Mallory", "None", "Overwritten", null, null)))
			.isInstanceOf(SupporterLinkException.class);
		SignOffService.SignOffPage page = this.reading.page(scene.candidate(), p);
		assertThat(page.supporterLetter().text()).isEqualTo("I have known the candidate for ten years.");
		assertThat(page.supporterLetter().authorRole()).isEqualTo("Head of Libraries, Leeds");
		assertThat(page.supporterLetter().signed()).isTrue();
		assertThatThrownBy(() -> this.signoffs.invite(scene.candidate(), p, "Another", null))
			.isInstanceOf(FieldProblem.class);
		assertThat(this.reading.status(scene.candidate(), p, kinds(scene)).orElseThrow().complete())
			.as("the mentor's letter is still missing")
			.isFalse();
	}

	@Test
	void aWithdrawnOrExpiredLinkStopsWorkingAndTheCandidateInvitesSomebodyElse() {
		Scene scene = scene("fellowship", false);
		long p = scene.portfolioId();
		SignOffService.IssuedLink first = this.signoffs.invite(scene.candidate(), p, "First Supporter", null);
		this.signoffs.withdraw(scene.candidate(), p, first.invitationId());
		assertThatThrownBy(() -> this.signoffs.offer(first.token())).hasMessage("signoff.link.withdrawn");

		SignOffService.IssuedLink second = this.signoffs.invite(scene.candidate(), p, "Second Supporter", null);
		this.clock.advance(Duration.ofDays(15));
		assertThatThrownBy(() -> this.signoffs.offer(second.token())).hasMessage("signoff.link.expired");
		assertThatThrownBy(() -> this.signoffs.submit(second.token(),
				new SignOffService.Letter("Second Supporter", "Role", "Text", null, null)))
			.isInstanceOf(SupporterLinkException.class);
		assertThatThrownBy(() -> this.signoffs.offer("not-a-token")).hasMessage("signoff.link.unknown");

		SignOffService.IssuedLink third = this.signoffs.invite(scene.candidate(), p, "Third Supporter", null);
		assertThat(this.reading.page(scene.candidate(), p).invitations())
			.extracting(SignOffService.InvitationView::open)
			.containsExactly(true, false, false);
		this.signoffs.submit(third.token(),
				new SignOffService.Letter("Third Supporter", "Director", "Yes.", null, null));
		assertThat(this.reading.status(scene.candidate(), p, kinds(scene)).orElseThrow().complete())
			.as("no mentor: the supporter's letter is enough")
			.isTrue();
	}

	@Test
	void anUploadedLetterIsSniffedAndSizeLimited() throws IOException {
		Scene scene = scene("fellowship", false);
		long p = scene.portfolioId();
		SignOffService.IssuedLink link = this.signoffs.invite(scene.candidate(), p, "Sam", null);

		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.signoffs.submit(link.token(),
				new SignOffService.Letter("Sam", "Role", "", "letter.pdf", html)))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("signoff.letter.file.type");
		assertThatThrownBy(() -> this.signoffs.submit(link.token(),
				new SignOffService.Letter("Sam", "Role", "", "big.txt",
						new byte[(int) this.signoffs.maxLetterBytes() + 1])))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("tooLarge");

		this.signoffs.submit(link.token(), new SignOffService.Letter("Sam", "Role", "", "my letter.pdf",
				pdf("I support this application wholeheartedly.")));
		SignOffService.DocumentView letter = this.reading.page(scene.candidate(), p).supporterLetter();
		assertThat(letter.text()).contains("I support this application wholeheartedly.");
		assertThat(letter.fileName()).isEqualTo("my_letter.pdf");
		SignOffService.LetterFile file = this.reading.letterFile(scene.candidate(), p, letter.id());
		assertThat(file.contentType()).isEqualTo("application/pdf");
		assertThat(new String(file.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
