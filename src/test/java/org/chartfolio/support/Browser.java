package org.chartfolio.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, driven through Selenium with both paths set so that no
 * tool ever downloads a browser. Every new page it lands on is checked with axe-core
 * against WCAG 2.2 AA; a single violation fails the test.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(env("CHARTFOLIO_CHROMIUM", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(env("CHARTFOLIO_CHROMEDRIVER", "/usr/bin/chromedriver"));

	/**
	 * How long a click that loads another page may take before the test reads what it
	 * shows.
	 */
	private static final Duration NAVIGATION_WAIT = Duration.ofSeconds(15);

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/**
	 * WCAG 2.2 AA, and label in name (2.5.3), which axe still marks experimental and so
	 * leaves out unless asked: a control's accessible name must contain the words it
	 * shows, or speech users cannot say it.
	 */
	private static final String LABEL_IN_NAME = "label-content-name-mismatch";

	/**
	 * What Thymeleaf writes for a message key that is not in messages.properties, such as
	 * {@code ??privacy.what.account_en_GB??}: keys a template builds from a list escape
	 * MessagesTests, so every page a journey visits is searched for them.
	 */
	private static final Pattern UNRESOLVED_MESSAGE = Pattern.compile("\\?\\?[\\w.-]+_[a-z]{2}(_[A-Z]{2})?\\?\\?");

	private static final com.deque.html.axecore.args.AxeRunOptions AXE_OPTIONS = axeOptions();

	private static com.deque.html.axecore.args.AxeRunOptions axeOptions() {
		com.deque.html.axecore.args.AxeRunOnlyOptions tags = new com.deque.html.axecore.args.AxeRunOnlyOptions();
		tags.setType("tag");
		tags.setValues(WCAG_TAGS);
		com.deque.html.axecore.args.AxeRuleOptions on = new com.deque.html.axecore.args.AxeRuleOptions();
		on.setEnabled(true);
		com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
		options.setRunOnly(tags);
		options.setRules(java.util.Map.of(LABEL_IN_NAME, on));
		return options;
	}

	private final ChromeDriver driver;

	private final String baseUrl;

	private int pagesChecked;

	Browser(String baseUrl) {
		this(baseUrl, true);
	}

	/**
	 * With {@code javaScript} false the pages' own scripts never load: Chromium refuses
	 * every request for the app's scripts and htmx, so no page is enhanced, while axe,
	 * which WebDriver injects, still runs. (Switching scripting off in Chromium's
	 * settings would stop axe too.)
	 */
	Browser(String baseUrl, boolean javaScript) {
		this.baseUrl = baseUrl;
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024", "--lang=en-GB", "--force-prefers-reduced-motion");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		if (!javaScript) {
			this.driver.executeCdpCommand("Network.enable", java.util.Map.of());
			this.driver.executeCdpCommand("Network.setBlockedURLs",
					java.util.Map.of("urls", java.util.List.of("*/js/*", "*/webjars/htmx.org/*")));
		}
	}

	static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	static String whereLooked() {
		return CHROMIUM + " and " + CHROMEDRIVER;
	}

	public Browser open(String path) {
		this.driver.get(this.baseUrl + path);
		checkAccessibility();
		return this;
	}

	public Browser fill(String fieldId, String value) {
		WebElement field = this.driver.findElement(By.id(fieldId));
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/**
	 * Clicks the button or link with exactly this visible text, then checks the page it
	 * leads to.
	 */
	public Browser click(String visibleText) {
		return click(find(visibleText));
	}

	/**
	 * Clicks this button, link or other element, waits for the page it leads to when it
	 * leads to one, then checks the page: for what a visible text alone cannot pick out
	 * (one of several "Rate" links).
	 */
	public Browser click(WebElement element) {
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		WebElement leaving = leavesThePage(element) ? this.driver.findElement(By.tagName("html")) : null;
		element.click();
		if (leaving != null) {
			// A form post (an upload, say) can outlast the click on a busy machine: wait
			// for the next page
			// rather than read the one being left.
			try {
				new WebDriverWait(this.driver, NAVIGATION_WAIT).until((driver) -> gone(leaving));
			}
			catch (TimeoutException stayed) {
				// The click did not load another page after all; the test's own
				// assertions say what it expected.
			}
		}
		checkAccessibility();
		return this;
	}

	/**
	 * Whether the page the element belongs to has gone. Chromium answers for an element
	 * of a page being replaced either that it is stale or that it "does not belong to the
	 * document".
	 */
	private static boolean gone(WebElement leaving) {
		try {
			leaving.isEnabled();
			return false;
		}
		catch (WebDriverException replaced) {
			return true;
		}
	}

	/**
	 * Whether clicking loads another page: a plain link, or a submit button of a form
	 * htmx does not take over.
	 */
	private boolean leavesThePage(WebElement element) {
		return Boolean.TRUE.equals(this.driver.executeScript("""
				const el = arguments[0];
				const htmx = (node) => node && ['hx-get', 'hx-post', 'hx-put', 'hx-delete', 'hx-boost']
				  .some((a) => node.hasAttribute(a));
				if (el.tagName === 'A') {
				  const href = el.getAttribute('href') || '';
				  return href !== '' && !href.startsWith('#') && !el.hasAttribute('download')
				    && el.getAttribute('target') !== '_blank' && !htmx(el);
				}
				const type = (el.getAttribute('type') || 'submit').toLowerCase();
				return (el.tagName === 'BUTTON' || el.tagName === 'INPUT') && type === 'submit' && el.form != null
				  && !htmx(el) && !htmx(el.form) && el.form.getAttribute('target') !== '_blank';
				""", element));
	}

	/**
	 * Ticks the radio button or checkbox whose label reads exactly this, as a person
	 * clicks its label.
	 */
	public Browser choose(String labelText) {
		WebElement label = this.driver
			.findElement(By.xpath("//label[normalize-space()=" + xpathLiteral(labelText) + "]"));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", label);
		label.click();
		return this;
	}

	/** The button with this visible text or, where there is none, the link. */
	public WebElement find(String visibleText) {
		String literal = xpathLiteral(visibleText);
		List<WebElement> buttons = this.driver.findElements(By.xpath("//button[normalize-space()=" + literal + "]"));
		if (!buttons.isEmpty()) {
			return buttons.get(0);
		}
		return this.driver.findElement(By.xpath("//a[normalize-space()=" + literal + "]"));
	}

	public String path() {
		String url = this.driver.getCurrentUrl();
		return url.substring(this.baseUrl.length());
	}

	public String title() {
		return this.driver.getTitle();
	}

	public String text(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector)).getText();
	}

	public String mainText() {
		return text("main");
	}

	public String value(String fieldId) {
		return this.driver.findElement(By.id(fieldId)).getDomProperty("value");
	}

	public String activeElementId() {
		return this.driver.switchTo().activeElement().getAttribute("id");
	}

	public String activeElementClass() {
		return this.driver.switchTo().activeElement().getAttribute("class");
	}

	public WebDriver driver() {
		return this.driver;
	}

	public int pagesChecked() {
		return this.pagesChecked;
	}

	void reset() {
		this.driver.manage().deleteAllCookies();
	}

	/**
	 * Runs axe on the current document once, after looking for messages it lacks: a
	 * marker on the window says it has been checked, and a new document starts without
	 * it.
	 */
	public void checkAccessibility() {
		JavascriptExecutor js = this.driver;
		if (Boolean.TRUE.equals(js.executeScript("return window.__chartfolioAxeChecked === true;"))) {
			return;
		}
		assertThat(UNRESOLVED_MESSAGE.matcher(this.driver.getPageSource()).results().map(MatchResult::group))
			.as("messages the page names but messages.properties lacks, on " + path())
			.isEmpty();
		Results results = new AxeBuilder().withOptions(AXE_OPTIONS).analyze(this.driver);
		assertThat(java.util.stream.Stream
			.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())
			.flatMap(List::stream)
			.map(Rule::getId)).as("axe ran the label-in-name rule on " + path()).contains(LABEL_IN_NAME);
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> "axe violations on " + path() + ":\n" + describe(violations)).isEmpty();
		js.executeScript("window.__chartfolioAxeChecked = true;");
		this.pagesChecked++;
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map((node) -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	private static String xpathLiteral(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
