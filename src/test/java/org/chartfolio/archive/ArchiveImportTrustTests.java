package org.chartfolio.archive;

import java.util.List;
import java.util.Map;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.readiness.ReadinessService;
import org.chartfolio.readiness.ReadinessService.Check;
import org.chartfolio.readiness.ReadinessService.Level;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import never carries trust: whatever the ZIP claims (submitted, approved by a named
 * mentor, the mentor's comments), the portfolio starts unsubmitted with every section in
 * draft, the claims are kept as imported history, and readiness never counts them, even
 * once a mentor joins.
 */
@IntegrationTest
class ArchiveImportTrustTests {

	@Autowired
	private ArchiveService archive;

	@Autowired
	private ArchiveScene scene;

	@Autowired
	private Pages pages;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private ReadinessService readiness;

	@Test
	void anImportedPortfolioStartsUnsubmittedWithEverySectionInDraftWhateverTheZipClaims() {
		SignedInUser importer = this.scene.person("Importer");
		long id = importClaimingEverything(importer);

		assertThat(this.jdbc.sql("select submitted_at is null from portfolio where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
		List<Map<String, Object>> sections = this.jdbc
			.sql("select status, approved_at, approved_by, approved_by_name, ready_since, approved_revision_id "
					+ "from section where portfolio_id = ?")
			.param(id)
			.query()
			.listOfRows();
		assertThat(sections).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.get("status")).isEqualTo("DRAFT");
			assertThat(row.get("approved_at")).isNull();
			assertThat(row.get("approved_by")).isNull();
			assertThat(row.get("approved_by_name")).isNull();
			assertThat(row.get("ready_since")).isNull();
			assertThat(row.get("approved_revision_id")).isNull();
		});
		// The claims are history: the submission and an approval per section, each by the
		// name in the file.
		assertThat(this.jdbc.sql("select count(*) from imported_history where portfolio_id = ? and event = 'SUBMITTED'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select by_name from imported_history where portfolio_id = ? and event = 'APPROVED'")
			.param(id)
			.query(String.class)
			.list()).hasSize(sections.size()).containsOnly("Dr Ruth Okafor");
		// The mentor's words came in as imported comments, linked to no account.
		assertThat(this.jdbc
			.sql("""
					select count(*) from review_comment c join review_thread t on t.id = c.thread_id
					where t.portfolio_id = ? and (not c.imported or (c.author_role = 'MENTOR' and c.author_id is not null))""")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void readinessNeverCountsAnImportedApprovalEvenAfterANewMentorJoins() {
		SignedInUser importer = this.scene.person("Importer");
		long id = importClaimingEverything(importer);
		SignedInUser newMentor = this.scene.person("New Mentor");
		this.memberships.join(id, newMentor, PortfolioRole.MENTOR);

		Check approvals = this.readiness.readiness(importer, id)
			.checks()
			.stream()
			.filter((check) -> check.id().equals("approvals"))
			.findFirst()
			.orElseThrow();
		// Every section the mentor reviews; the sign-off documents are signed, not
		// approved.
		long sections = this.jdbc
			.sql("select count(*) from section where portfolio_id = ? "
					+ "and kind not in ('MENTOR_STATEMENT', 'LETTERS_OF_SUPPORT')")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(approvals.level()).isEqualTo(Level.FAIL);
		assertThat(approvals.findings()).hasSize((int) sections);
	}

	@Test
	void theReviewPageShowsTheImportedHistoryAndCommentsLabelledImportedAndTheSectionAsADraft() throws Exception {
		SignedInUser importer = this.scene.person("Importer");
		long id = importClaimingEverything(importer);
		long first = this.jdbc.sql("select id from section where portfolio_id = ? and position = 1")
			.param(id)
			.query(Long.class)
			.single();

		String page = this.pages.as(importer, "/portfolios/" + id + "/sections/" + first + "/review");
		assertThat(page).contains("data-testid=\"review-status\">Draft<");
		String history = page.substring(page.indexOf("id=\"imported-history\""));
		history = history.substring(0, history.indexOf("</section>"));
		assertThat(history).contains("Imported history", ">Imported<", "by Dr Ruth Okafor", "Sent for review on");
		assertThat(page).doesNotContain("Approved by Dr Ruth Okafor");
		String comment = page.substring(page.indexOf("Say more about the outcome.") - 600,
				page.indexOf("Say more about the outcome."));
		assertThat(comment).contains("Mo Mentor", "imported-comment", ">Imported<");

		String data = this.pages.as(importer, "/portfolios/" + id + "/archive");
		assertThat(data).contains("The ZIP said it was submitted on 1 November 2026", ">Imported<");
	}

	@Test
	void aSubmittedCopyMadeHereKeepsItsApprovals() {
		SignedInUser candidate = this.scene.person("Ada Candidate");
		long live = this.scene.certification(candidate, this.scene.person("Mo Mentor"));
		long copy = this.archive.freeze(candidate, live);
		assertThat(this.jdbc.sql("select status from section where portfolio_id = ? and position = 1")
			.param(copy)
			.query(String.class)
			.single()).isEqualTo("APPROVED");
		assertThat(this.jdbc.sql("select count(*) from imported_history where portfolio_id = ?")
			.param(copy)
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Imports a rich portfolio whose ZIP says it was submitted and every section approved
	 * by Dr Ruth Okafor.
	 */
	private long importClaimingEverything(SignedInUser importer) {
		return this.archive.importArchive(importer,
				new ByteArrayResource(this.scene.zipClaimingEverything("Ada Candidate")));
	}

}
