package org.chartfolio.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.support.AppInstance;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.TestDatabase;
import org.chartfolio.support.TestMail;
import org.chartfolio.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

/**
 * Two instances of the app, A and B, on two ports and one database, as behind a load
 * balancer without sticky sessions: nothing that matters lives in one of them. A is
 * stopped part way through an export (B finishes it), and in the end the whole app is
 * stopped during an export and started again (the export is finished after the restart,
 * and the email A could not send goes out).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTests {

	/** A port nothing listens on: a mail server that is down. */
	private static final int MAIL_DOWN = AppInstance.freePort();

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static ConfigurableApplicationContext restarted;

	@BeforeAll
	static void startTwoInstances() {
		a = start("a", MAIL_DOWN);
		b = start("b", MAIL_DOWN);
	}

	@AfterAll
	static void stopThem() {
		AppInstance.stop(a, b, restarted);
	}

	@Test
	@Order(1)
	void aBrowserSignedInThroughAIsSignedInOnB() {
		SignedInUser person = fixtures(a).person("Ann Anywhere");
		WebClient browser = signedInOn(a, person);
		assertThat(browser.get("/").body()).contains("Ann Anywhere");

		HttpResponse<String> onB = browser.onPort(port(b)).get("/");
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Ann Anywhere");
	}

	@Test
	@Order(2)
	void failedSignInsOnACountOnB() {
		SignedInUser person = fixtures(a).person("Fay Failing");
		WebClient browser = new WebClient(port(a));
		for (int i = 0; i < 3; i++) {
			assertThat(browser.signIn(person.email(), "not the password").headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		}

		HttpResponse<String> onB = browser.onPort(port(b)).signIn(person.email(), Fixtures.PASSWORD);
		assertThat(onB.headers().firstValue("Location")).as("the right password on B, after three failures on A")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?paused"));
	}

	@Test
	@Order(3)
	void anExportStartedOnAIsFollowedAndDownloadedOnB() throws Exception {
		SignedInUser person = fixtures(a).person("Eli Export");
		long portfolio = portfolioWithAFile(a, person);
		WebClient browser = signedInOn(a, person);

		String job = startExport(browser, portfolio);
		browser.onPort(port(b));
		awaitPage(browser, job, (page) -> page.contains("Your PDF is ready"));
		assertPdf(browser.getBytes(job + "/pdf"), "Eli Export");
	}

	@Test
	@Order(4)
	void whenAStopsInTheMiddleOfAnExportBFinishesItAndAnEmailAWasToSendIsSentWhenAStartsAgain() throws Exception {
		SignedInUser person = fixtures(a).person("Stella Stopped");
		long portfolio = portfolioWithAFile(a, person);
		WebClient browser = signedInOn(a, person);
		// The mail server is down: the invitation stands, its email waits in the
		// registry.
		String invitee = "mentor-" + UUID.randomUUID() + "@example.org";
		String people = "/portfolios/" + portfolio + "/people";
		assertThat(
				browser.post(people, people + "/invitations", Map.of("email", invitee, "role", "MENTOR")).statusCode())
			.isEqualTo(302);
		awaitRow("select count(*) from event_publication where serialized_event like '%" + invitee + "%'");

		String job;
		try (HeldFiles held = HeldFiles.hold(schema())) {
			job = startExport(browser, portfolio);
			String id = job.substring(job.lastIndexOf('/') + 1);
			awaitRow("select count(*) from export_job where id = '" + id + "' and step_key = 'export.step.evidence'");
			// B shows the progress of the export A is running.
			browser.onPort(port(b));
			assertThat(browser.get(job).body()).contains("Adding evidence 1 of 1");

			a.close();
		}
		awaitPage(browser, job, (page) -> page.contains("Your PDF is ready"));
		assertPdf(browser.getBytes(job + "/pdf"), "Stella Stopped");
		assertThat(TestMail.to(invitee)).as("not sent while the mail server was down").isEmpty();

		// Now the whole app stops during an export, and starts again with the mail server
		// back.
		long another = portfolioWithAFile(b, person);
		String second;
		try (HeldFiles held = HeldFiles.hold(schema())) {
			second = startExport(browser, another);
			String id = second.substring(second.lastIndexOf('/') + 1);
			awaitRow("select count(*) from export_job where id = '" + id + "' and step_key = 'export.step.evidence'");
			b.close();
		}
		restarted = start("a-again", -1);
		browser.onPort(port(restarted));
		assertThat(browser.get("/").body()).as("still signed in after the restart").contains("Stella Stopped");
		awaitPage(browser, second, (page) -> page.contains("Your PDF is ready"));
		assertPdf(browser.getBytes(second + "/pdf"), "Stella Stopped");
		List<TestMail.Mail> mails = TestMail.await(invitee, 1);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).body()).contains("https://chartfolio.test/invitations/");
	}

	/**
	 * An instance on a random port; {@code mailPort} -1 is the test's mail server, which
	 * is up.
	 */
	private static ConfigurableApplicationContext start(String name, int mailPort) {
		return AppInstance.start(0, "--chartfolio.base-url=https://chartfolio.test",
				"--chartfolio.administrators=administrator.instances@chartfolio.test", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + ((mailPort > 0) ? mailPort : TestMail.port()),
				"--chartfolio.mail.from=chartfolio@example.org", "--chartfolio.sign-in.max-failures-per-account=3",
				// A dead instance's export is taken over within a few seconds.
				"--db-scheduler.polling-interval=1s", "--db-scheduler.heartbeat-interval=1s",
				"--db-scheduler.missed-heartbeats-limit=4", "--db-scheduler.scheduler-name=instance-" + name,
				// Unsent email waits for the restart, not for the periodic resubmission.
				"--chartfolio.mail.retry-interval=1h");
	}

	private static Fixtures fixtures(ConfigurableApplicationContext context) {
		return AppInstance.fixtures(context);
	}

	private static int port(ConfigurableApplicationContext context) {
		return AppInstance.port(context);
	}

	/** A browser signed in as this person on this instance. */
	private static WebClient signedInOn(ConfigurableApplicationContext context, SignedInUser person) {
		WebClient browser = new WebClient(port(context));
		browser.signIn(person.email(), Fixtures.PASSWORD);
		return browser;
	}

	private static long portfolioWithAFile(ConfigurableApplicationContext context, SignedInUser owner) {
		long portfolio = fixtures(context).portfolio(owner, "certification");
		byte[] minutes = "Minutes of the meeting".getBytes(StandardCharsets.UTF_8);
		context.getBean(EvidenceService.class)
			.add(owner, portfolio,
					evidence("Minutes").kind(EvidenceKind.MINUTES).description("About the minutes").build(),
					List.of(new EvidenceService.IncomingFile("minutes.txt", minutes.length,
							new ByteArrayResource(minutes))));
		return portfolio;
	}

	private static String startExport(WebClient browser, long portfolio) {
		String exportPage = "/portfolios/" + portfolio + "/export";
		HttpResponse<String> started = browser.post(exportPage, exportPage + "/pdf", Map.of("confirmDraft", "true"));
		assertThat(started.statusCode()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow();
		return location.substring(location.indexOf("/portfolios/"));
	}

	private static void awaitPage(WebClient browser, String path, Predicate<String> done) throws InterruptedException {
		String page = "";
		for (int i = 0; i < 600; i++) {
			page = browser.get(path).body();
			if (done.test(page)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the page never got there:\n" + page);
	}

	private static void awaitRow(String countQuery) throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			if (jdbc().sql(countQuery).query(Long.class).single() > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("never true: " + countQuery);
	}

	private static void assertPdf(HttpResponse<byte[]> download, String candidate) throws IOException {
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(download.body())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains(candidate)
				.contains("Minutes");
		}
	}

	private static String schema() {
		return b.getEnvironment().getRequiredProperty("spring.flyway.default-schema");
	}

	private static JdbcClient jdbc() {
		ConfigurableApplicationContext running = (restarted != null) ? restarted : (b.isActive() ? b : a);
		return running.getBean(JdbcClient.class);
	}

	/**
	 * Holds every export at its first evidence file, on whichever instance runs it, until
	 * closed: a connection of the test's own keeps the table of file contents locked.
	 */
	private static final class HeldFiles implements AutoCloseable {

		private final Connection connection;

		private HeldFiles(Connection connection) {
			this.connection = connection;
		}

		static HeldFiles hold(String schema) {
			TestDatabase.Coordinates database = TestDatabase.coordinates();
			try {
				Connection connection = DriverManager.getConnection(database.url(), database.username(),
						database.password());
				connection.setAutoCommit(false);
				try (Statement statement = connection.createStatement()) {
					statement.execute("lock table " + schema + ".file_content in access exclusive mode");
				}
				return new HeldFiles(connection);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() throws SQLException {
			this.connection.rollback();
			this.connection.close();
		}

	}

}
