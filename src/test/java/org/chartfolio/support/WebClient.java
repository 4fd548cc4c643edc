package org.chartfolio.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a page: plain HTTP with a cookie jar, for tests that talk to a
 * running server (or to two, handing the same cookie from one to the other). Forms are
 * posted with the CSRF token read from the page they are on, as a browser would send it.
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String baseUrl;

	public WebClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * From now on, the same cookies (the session's and the CSRF token's) go to the server
	 * on this port: another instance of the app.
	 */
	public WebClient onPort(int port) {
		List<HttpCookie> held = this.cookies.getCookieStore().get(URI.create(this.baseUrl));
		this.baseUrl = "http://localhost:" + port;
		for (HttpCookie cookie : held) {
			HttpCookie moved = new HttpCookie(cookie.getName(), cookie.getValue());
			moved.setPath("/");
			moved.setVersion(0);
			this.cookies.getCookieStore().add(URI.create(this.baseUrl), moved);
		}
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Posts a form from the page at {@code pagePath}, with that page's CSRF token. */
	public HttpResponse<String> post(String pagePath, String action, Map<String, String> fields) {
		String token = csrfToken(get(pagePath).body());
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token);
		String body = all.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the form; the answer is the redirect the form gives. */
	public HttpResponse<String> signIn(String email, String password) {
		return post("/login", "/login", Map.of("username", email, "password", password));
	}

	/**
	 * The value of the session cookie this client holds for the current server, if any.
	 */
	public String sessionCookie() {
		return this.cookies.getCookieStore()
			.get(URI.create(this.baseUrl))
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.baseUrl + path);
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.http.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrfToken(String page) {
		Matcher field = CSRF.matcher(page);
		if (field.find()) {
			return field.group(1);
		}
		Matcher meta = CSRF_META.matcher(page);
		if (meta.find()) {
			return meta.group(1);
		}
		throw new AssertionError("no CSRF token on the page:\n" + page);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
