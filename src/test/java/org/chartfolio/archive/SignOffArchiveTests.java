package org.chartfolio.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.signoff.SignOffService;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
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
	private PortfolioMemberships memberships;

	@Autowired
	private Fixtures fixtures;

	@Test
	void anImportBringsTheSignOffsAsImportedHistoryThatReadinessDoesNotCount() {
		SignedInUser candidate = this.fixtures.person("Lisa Marsh");
		SignedInUser mentor = this.fixtures.person("Ruth Okafor");
		long portfolioId = this.fixtures.portfolio(candidate, "certification");
		this.memberships.join(portfolioId, mentor, PortfolioRole.MENTOR);
		this.signOffs.sign(mentor, portfolioId, "Mentoring is complete.", "Chartered Librarian", null);

		byte[] zip = export(candidate, portfolioId);
		String json = new String(ArchiveScene.unzip(zip).get("portfolio.json"), StandardCharsets.UTF_8);
		assertThat(json).contains("\"signOffs\"").contains("Mentoring is complete.").contains("Ruth Okafor");

		SignedInUser other = this.fixtures.person("Other Installation");
		long imported = this.archive.importArchive(other, new ByteArrayResource(zip));
		SignOffService.SignOffPage page = this.signOffs.page(other, imported);
		assertThat(page.mentorDocument()).as("not the portfolio's own statement").isNull();
		assertThat(page.imported()).singleElement().satisfies((d) -> {
			assertThat(d.imported()).isTrue();
			assertThat(d.text()).isEqualTo("Mentoring is complete.");
			assertThat(d.authorName()).isEqualTo("Ruth Okafor");
			assertThat(d.signed()).isTrue();
		});
		SignedInUser newMentor = this.fixtures.person("New Mentor");
		this.memberships.join(imported, newMentor, PortfolioRole.MENTOR);
		assertThat(this.signOffs
			.status(other, imported, java.util.List.of(org.chartfolio.portfolio.SectionKind.MENTOR_STATEMENT))
			.orElseThrow()
			.complete()).as("an imported signature does not count").isFalse();

		String again = new String(ArchiveScene.unzip(export(other, imported)).get("portfolio.json"),
				StandardCharsets.UTF_8);
		assertThat(again).contains("\"imported\" : true");
	}

	@Test
	void aSubmittedCopyKeepsTheSignedStatementAsItIs() {
		SignedInUser candidate = this.fixtures.person("Lisa Marsh");
		SignedInUser mentor = this.fixtures.person("Ruth Okafor");
		long portfolioId = this.fixtures.portfolio(candidate, "chartership");
		this.memberships.join(portfolioId, mentor, PortfolioRole.MENTOR);
		this.signOffs.sign(mentor, portfolioId, "Signed before submission.", null, null);

		long copy = this.archive.freeze(candidate, portfolioId);
		SignOffService.SignOffPage page = this.signOffs.page(candidate, copy);
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
