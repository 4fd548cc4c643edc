package org.chartfolio.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.plan.GoalStatus;
import org.chartfolio.plan.PlanService;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.review.ReviewService;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.TestDatabaseConfiguration;
import org.chartfolio.writing.WritingService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;

/**
 * The page benchmark of the README: a large portfolio (150 evidence items, 40 goals, 42
 * comment threads with 210 comments, 30 revisions per statement, 12 paragraphs citing 5
 * items each), the running server driven over HTTP by concurrent clients, each key page
 * measured against the sign-in page in the same run. Tagged so that ordinary runs leave
 * it out; {@code ./mvnw -B verify -Ppage-benchmark} runs it alone. It asserts only that
 * every request succeeded: the figures are for reading, not for a threshold that a busy
 * machine would break.
 */
@Tag("page-benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "chartfolio.test.pool-size=10", "logging.level.org.chartfolio=WARN" })
@Import({ TestDatabaseConfiguration.class, Fixtures.class })
class PageBenchmarkTests {

	private static final int ITEMS = 150;

	private static final int GOALS = 40;

	private static final int THREADS = 42;

	private static final int COMMENTS_PER_THREAD = 5;

	private static final int REVISIONS = 30;

	private static final int CITING_PARAGRAPHS = 12;

	private static final int CITATIONS_PER_PARAGRAPH = 5;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private PortfolioService portfolios;

	@Autowired
	private PortfolioMemberships memberships;

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private WritingService writing;

	@Autowired
	private PlanService plan;

	@Autowired
	private ReviewService review;

	@Test
	void keyPagesAgainstTheSignInPage() throws Exception {
		int seconds = Integer.getInteger("benchmark.seconds", 10);
		int rounds = Integer.getInteger("benchmark.rounds", 3);
		int warmup = Integer.getInteger("benchmark.warmup", 20);
		int connections = Integer.getInteger("benchmark.connections", 16);

		SignedInUser candidate = this.fixtures.person("Benchmark Candidate");
		long portfolio = largePortfolio(candidate);
		List<SectionView> sections = this.portfolios.view(candidate, portfolio).sections();
		long statement = sections.get(0).id();
		String cookie = signIn(candidate.email(), Fixtures.PASSWORD);

		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("sign-in", "/login");
		// The cost of being signed in: a small page with the layout and header, and no
		// portfolio reads.
		pages.put("privacy", "/privacy");
		pages.put("home", "/");
		pages.put("overview", "/portfolios/" + portfolio);
		pages.put("statement", "/portfolios/" + portfolio + "/sections/" + statement);
		pages.put("review", "/portfolios/" + portfolio + "/sections/" + statement + "/review");
		pages.put("evidence", "/portfolios/" + portfolio + "/evidence");
		pages.put("plan", "/portfolios/" + portfolio + "/plan");
		pages.put("evidence map", "/portfolios/" + portfolio + "/evidence-map");

		// -Dbenchmark.pages=overview,statement measures only those (and the sign-in
		// page), to profile one page.
		String only = System.getProperty("benchmark.pages", "");
		if (!only.isBlank()) {
			Set<String> chosen = Set.of(("sign-in," + only).split(","));
			pages.keySet().retainAll(chosen);
		}

		Map<String, Integer> sizes = new LinkedHashMap<>();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			sizes.put(page.getKey(), checkedSize(page.getValue(), page.getKey().equals("sign-in") ? null : cookie));
		}

		LoadGenerator load = new LoadGenerator(connections, 2);
		for (Map.Entry<String, String> page : pages.entrySet()) {
			load.run(url(page.getValue()), cookieFor(page.getKey(), cookie), Duration.ofSeconds(warmup));
		}
		Map<String, List<LoadGenerator.Result>> results = new LinkedHashMap<>();
		Map<String, List<Double>> cpu = new LinkedHashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Map.Entry<String, String> page : pages.entrySet()) {
				long cpuBefore = processCpuNanos();
				LoadGenerator.Result result = load.run(url(page.getValue()), cookieFor(page.getKey(), cookie),
						Duration.ofSeconds(seconds));
				double requests = result.requestsPerSecond() * seconds;
				results.computeIfAbsent(page.getKey(), (key) -> new ArrayList<>()).add(result);
				cpu.computeIfAbsent(page.getKey(), (key) -> new ArrayList<>())
					.add((processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, requests));
			}
		}

		Map<String, LoadGenerator.Result> median = new LinkedHashMap<>();
		results.forEach((page, runs) -> median.put(page,
				runs.stream()
					.sorted(Comparator.comparingDouble(LoadGenerator.Result::requestsPerSecond))
					.toList()
					.get(runs.size() / 2)));
		double signIn = median.get("sign-in").requestsPerSecond();
		Map<String, Double> cpuMedian = new LinkedHashMap<>();
		cpu.forEach((page, runs) -> cpuMedian.put(page, runs.stream().sorted().toList().get(runs.size() / 2)));
		double signInCpu = cpuMedian.get("sign-in");
		StringBuilder report = new StringBuilder();
		report.append(
				String.format("Page benchmark: %s, %d s per page per round, %d rounds (median shown), %d s warm-up%n",
						load.name(), seconds, rounds, warmup));
		report.append(String.format("%-14s %9s %9s %9s %7s %10s %9s %9s%n", "page", "req/s", "p50 ms", "p99 ms",
				"ratio", "JVM CPU ms", "CPU ratio", "HTML kB"));
		median.forEach((page,
				result) -> report.append(String.format("%-14s %9.0f %9.2f %9.2f %7.2f %10.2f %9.2f %9.1f%n", page,
						result.requestsPerSecond(), result.p50(), result.p99(), result.requestsPerSecond() / signIn,
						cpuMedian.get(page), signInCpu / cpuMedian.get(page), sizes.get(page) / 1024.0)));
		report.append("JVM CPU ms: the server JVM's CPU time per request (steady whatever else the machine runs;\n"
				+ "PostgreSQL's share is not in it); CPU ratio: the sign-in page's CPU per request over the page's.\n");
		System.out.println(report);
		Path target = Path.of("target");
		Files.createDirectories(target);
		Files.writeString(target.resolve("page-benchmark.txt"), report);

		results.forEach((page, runs) -> runs
			.forEach((run) -> assertThat(run.failures()).as("failed requests on " + page).isZero()));
	}

	private long largePortfolio(SignedInUser candidate) {
		long portfolio = this.fixtures.portfolio(candidate, "certification");
		SignedInUser mentor = this.fixtures.person("Benchmark Mentor");
		this.memberships.join(portfolio, mentor, PortfolioRole.MENTOR);
		for (int n = 1; n <= ITEMS; n++) {
			this.evidence.add(candidate, portfolio,
					evidence("Evidence item " + n).kind(EvidenceKind.values()[n % EvidenceKind.values().length])
						.on(LocalDate.of(2026, 1 + n % 12, 1 + n % 28))
						.description("What item " + n + " is, and where it came from.")
						.reflection("What item " + n + " shows about my practice.")
						.tags("tag" + (n % 9), "practice")
						.build());
		}
		for (int g = 1; g <= GOALS; g++) {
			this.plan.add(candidate, portfolio,
					goal("Goal " + g).reason("Why goal " + g + " matters")
						.actions("What I will do for goal " + g)
						.target(LocalDate.of(2027, 1 + g % 12, 1 + g % 28))
						.status(GoalStatus.values()[g % 2])
						.build());
		}
		List<SectionView> statements = this.portfolios.view(candidate, portfolio)
			.sections()
			.stream()
			.filter(SectionView::isStatement)
			.toList();
		int cited = 0;
		for (SectionView statement : statements) {
			long version = statement.version();
			for (int revision = 1; revision <= REVISIONS; revision++) {
				StringBuilder text = new StringBuilder("# What I did\n\n");
				for (int p = 0; p < CITING_PARAGRAPHS / statements.size() + 2; p++) {
					text.append("In paragraph ")
						.append(p + 1)
						.append(" of revision ")
						.append(revision)
						.append(" I reflect on what happened, so what it meant and now what I will do");
					if (p < CITING_PARAGRAPHS / statements.size()) {
						for (int c = 0; c < CITATIONS_PER_PARAGRAPH; c++) {
							text.append(" [E")
								.append(1 + (cited + p * CITATIONS_PER_PARAGRAPH + c) % ITEMS)
								.append(']');
						}
					}
					text.append(".\n\n");
				}
				WritingService.SaveResult saved = this.writing.save(candidate, portfolio, statement.id(),
						text.toString(), version, false);
				version = ((WritingService.Saved) saved).version();
			}
			cited += CITING_PARAGRAPHS / statements.size() * CITATIONS_PER_PARAGRAPH;
		}
		for (int t = 0; t < THREADS; t++) {
			SectionView section = statements.get(t % statements.size());
			SignedInUser starter = (t % 2 == 0) ? mentor : candidate;
			long thread = this.review.comment(starter, portfolio, section.id(), "Thread " + t + ": a comment.",
					1 + t % 2);
			for (int c = 1; c < COMMENTS_PER_THREAD; c++) {
				this.review.reply((c % 2 == 0) ? mentor : candidate, portfolio, section.id(), thread,
						"Reply " + c + " on thread " + t + ".");
			}
		}
		return portfolio;
	}

	private String signIn(String email, String password) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String page = client.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("the sign-in page's CSRF token").isTrue();
		String form = Map.of("username", email, "password", password, "_csrf", csrf.group(1))
			.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(url("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).as("signing in").isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		// Signing in replaces the CSRF token; a browser keeps the new one from the first
		// page it opens.
		client.send(HttpRequest.newBuilder(url("/")).build(), HttpResponse.BodyHandlers.discarding());
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(HttpCookie::toString)
			.collect(Collectors.joining("; "));
	}

	/**
	 * Each page answers 200 to the signed-in candidate (not a redirect to sign in); gives
	 * its size.
	 */
	private int checkedSize(String path, String cookie) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body().getBytes(StandardCharsets.UTF_8).length;
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static String cookieFor(String page, String cookie) {
		return page.equals("sign-in") ? null : cookie;
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
