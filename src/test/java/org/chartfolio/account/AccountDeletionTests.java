package org.chartfolio.account;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.chartfolio.directory.DirectoryService;
import org.chartfolio.directory.Region;
import org.chartfolio.directory.Sector;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Delete my account" removes everything of the person's, and leaves the people they
 * supported informed.
 */
@IntegrationTest
class AccountDeletionTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private ReviewService reviews;

	@Autowired
	private DirectoryService directory;

	@Autowired
	private JdbcClient jdbc;

	/**
	 * Somebody with a portfolio of their own full of things, who also mentors another
	 * candidate.
	 */
	private record Scene(SignedInUser leaver, long ownPortfolio, SignedInUser other, long othersPortfolio,
			long othersSection) {
	}

	private Scene scene() {
		SignedInUser mentor = this.scene.person("Their Mentor");
		SignedInUser other = this.scene.person("Olu Other");
		Portfolio p = this.scene.candidate("Lee Leaver").portfolio("certification");
		long ownSection = p.section(0).id();
		byte[] note = "Minutes".getBytes(StandardCharsets.UTF_8);
		this.scene.evidence(p, evidence("Minutes").kind(EvidenceKind.MINUTES), "minutes.txt", note);
		this.memberships.join(p.id(), mentor, PortfolioRole.MENTOR);
		this.reviews.comment(mentor, p.id(), ownSection, "A comment on Lee's own portfolio", null);

		long others = this.scene.portfolio(other, "chartership");
		long othersSection = this.portfolios.view(other, others).sections().get(0).id();
		this.memberships.join(others, p.candidate(), PortfolioRole.MENTOR);
		this.reviews.comment(p.candidate(), others, othersSection, "Lee's advice to Olu", null);
		this.reviews.comment(other, others, othersSection, "Olu asks Lee something", null);
		this.directory.saveListing(p.candidate(),
				new DirectoryService.ListingDetails(Region.WALES, Sector.HEALTH, 2, "I mentor in the evenings."), 0);
		return new Scene(p.candidate(), p.id(), other, others, othersSection);
	}

	@Test
	void theConfirmationPageOffersEachPortfoliosZipAndSaysWhatHappensToThoseSupported() throws Exception {
		Scene scene = scene();
		this.mvc.perform(get("/account/delete").with(user(scene.leaver())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("href=\"/portfolios/" + scene.ownPortfolio() + "/archive/export\"")))
			.andExpect(content().string(
					containsString("My chartership portfolio, the portfolio of Olu Other, where you are the Mentor")))
			.andExpect(content().string(containsString("each candidate is told that you have left")))
			.andExpect(content().string(containsString("id=\"password\"")));
	}

	@Test
	void aWrongPasswordDeletesNothing() throws Exception {
		Scene scene = scene();
		this.mvc.perform(post("/account/delete").with(user(scene.leaver())).with(csrf()).param("password", "not it"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your current password is not right")));
		assertThat(rowsOf(scene.leaver().id())).isNotEmpty();
	}

	@Test
	void nothingOfThePersonIsLeftInAnyTableAndTheirCandidateIsTold() throws Exception {
		Scene scene = scene();
		List<String> files = this.jdbc.sql("""
				select f.content_key from evidence_file f join evidence_item i on i.id = f.evidence_id
				where i.portfolio_id = ?""").param(scene.ownPortfolio()).query(String.class).list();
		assertThat(files).hasSize(1);

		this.mvc.perform(
				post("/account/delete").with(user(scene.leaver())).with(csrf()).param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?deleted"));

		assertThat(rowsOf(scene.leaver().id())).as("rows that still name the account").isEmpty();
		assertThat(this.jdbc.sql("select count(*) from portfolio where id = ?")
			.param(scene.ownPortfolio())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from file_content where content_key in (:keys)")
			.param("keys", files)
			.query(Long.class)
			.single()).as("the portfolio's files").isZero();
		assertThat(this.jdbc.sql("select count(*) from evidence_item where portfolio_id = ?")
			.param(scene.ownPortfolio())
			.query(Long.class)
			.single()).isZero();

		assertThat(this.jdbc
			.sql("select author_name from review_comment c join review_thread t on t.id = c.thread_id "
					+ "where t.portfolio_id = ? and c.author_id is null")
			.param(scene.othersPortfolio())
			.query(String.class)
			.list()).as("the comment stays in Olu's record under the name it was written with")
			.containsExactly("Lee Leaver");
		this.mvc.perform(get("/notifications").with(user(scene.other())))
			.andExpect(content()
				.string(containsString("Lee Leaver deleted their Chartfolio account, so they no longer see")));
		assertThat(this.memberships.members(scene.other(), scene.othersPortfolio())).isEmpty();

		this.mvc
			.perform(post("/login").param("username", scene.leaver().email())
				.param("password", Fixtures.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	/**
	 * Every row, in any table, whose foreign key points at this account: found from the
	 * schema, so a new table counts too.
	 */
	private List<String> rowsOf(long accountId) {
		List<String[]> columns = this.jdbc.sql("""
				select cl.relname, att.attname from pg_constraint con
				join pg_class cl on cl.oid = con.conrelid
				join pg_class target on target.oid = con.confrelid
				join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
				join pg_namespace ns on ns.oid = cl.relnamespace
				where con.contype = 'f' and target.relname = 'account' and ns.nspname = current_schema()""")
			.query((row, n) -> new String[] { row.getString(1), row.getString(2) })
			.list();
		assertThat(columns).as("tables that refer to accounts").hasSizeGreaterThanOrEqualTo(10);
		List<String> found = new java.util.ArrayList<>();
		for (String[] column : columns) {
			long count = this.jdbc.sql("select count(*) from " + column[0] + " where " + column[1] + " = ?")
				.param(accountId)
				.query(Long.class)
				.single();
			if (count > 0) {
				found.add(column[0] + "." + column[1] + ": " + count);
			}
		}
		if (this.jdbc.sql("select count(*) from account where id = ?")
			.param(accountId)
			.query(Long.class)
			.single() > 0) {
			found.add("account");
		}
		return found;
	}

}
