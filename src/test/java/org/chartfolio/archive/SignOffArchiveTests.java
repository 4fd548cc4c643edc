package org.chartfolio.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.signoff.SignOffReading;
import org.chartfolio.signoff.SignOffService;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-off documents in the ZIP: imported as history, kept as they are in a submitted
 * copy.
 */
@IntegrationTest
class SignOffArchiveTests {

	@Autowired
	private ArchiveService archive;

	@Autowired
	private SignOffService signOffs;

	@Autowired
	private SignOffReading reading;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private PortfolioScene scene;

	@Test
	void anImportBringsTheSignOffsAsImportedHistoryThatReadinessDoesNotCount() {
		Portfolio p = this.scene.candidate("Lisa Marsh").mentor("Ruth Okafor").portfolio("certification");
		this.signOffs.sign(p.mentor(), p.id(), "Mentoring is complete.", "Chartered Librarian", null);

		byte[] zip = export(p.candidate(), p.id());
		String json = new String(ArchiveScene.unzip(zip).get("portfolio.json"), StandardCharsets.UTF_8);
		assertThat(json).contains("\"signOffs\"").contains("Mentoring is complete.").contains("Ruth Okafor");

		SignedInUser other = this.scene.person("Other Installation");
		long imported = this.archive.importArchive(other, new ByteArrayResource(zip));
		SignOffService.SignOffPage page = this.reading.page(other, imported);
		assertThat(page.mentorDocument()).as("not the portfolio's own statement").isNull();
		assertThat(page.imported()).singleElement().satisfies((d) -> {
			assertThat(d.imported()).isTrue();
			assertThat(d.text()).isEqualTo("Mentoring is complete.");
			assertThat(d.authorName()).isEqualTo("Ruth Okafor");
			assertThat(d.signed()).isTrue();
		});
		SignedInUser newMentor = this.scene.person("New Mentor");
		this.memberships.join(imported, newMentor, PortfolioRole.MENTOR);
		assertThat(this.reading
			.status(other, imported, java.util.List.of(org.chartfolio.portfolio.SectionKind.MENTOR_STATEMENT))
			.orElseThrow()
			.complete()).as("an imported signature does not count").isFalse();

		String again = new String(ArchiveScene.unzip(export(other, imported)).get("portfolio.json"),
				StandardCharsets.UTF_8);
		assertThat(again).contains("\"imported\" : true");
	}

	@Test
	void aSubmittedCopyKeepsTheSignedStatementAsItIs() {
		Portfolio p = this.scene.candidate("Lisa Marsh").mentor("Ruth Okafor").portfolio("chartership");
		this.signOffs.sign(p.mentor(), p.id(), "Signed before submission.", null, null);

		long copy = this.archive.freeze(p.candidate(), p.id());
		SignOffService.SignOffPage page = this.reading.page(p.candidate(), copy);
		assertThat(page.mentorDocument().text()).isEqualTo("Signed before submission.");
		assertThat(page.mentorDocument().signed()).isTrue();
		assertThat(page.imported()).isEmpty();
	}

	private byte[] export(SignedInUser user, long portfolioId) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.archive.export(user, portfolioId, out);
		return out.toByteArray();
	}

}
