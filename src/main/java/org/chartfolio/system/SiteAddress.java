package org.chartfolio.system;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Turns a path of the app into an absolute address, for links that leave it: invitation
 * links and every link in an email. The address is {@code chartfolio.base-url}
 * (CHARTFOLIO_BASE_URL) and never anything a request says about itself (its Host or
 * X-Forwarded-Host), which whoever sends the request chooses. Only a local installation
 * may leave it unset (its database on this machine, or the demo): links then point at
 * {@code http://localhost:<port>}, as the log says once the server is up. Anywhere else
 * the app refuses to start without it ({@link MissingBaseUrlException}).
 */
@Component
public class SiteAddress implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(SiteAddress.class);

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private final String configured;

	private volatile String base;

	SiteAddress(Environment environment) {
		this.configured = environment.getProperty("chartfolio.base-url", "").strip().replaceAll("/+$", "");
		if (!this.configured.isEmpty()) {
			check(this.configured);
			this.base = this.configured;
		}
		else if (isLocal(environment)) {
			this.base = "http://localhost:" + environment.getProperty("server.port", "8080");
		}
		else {
			throw new MissingBaseUrlException(environment.getProperty("spring.datasource.url", ""));
		}
	}

	public String absolute(String path) {
		return this.base + path;
	}

	/** A local installation's links follow the port the server actually listens on. */
	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (this.configured.isEmpty() && event.getApplicationContext().getParent() == null) {
			this.base = "http://localhost:" + event.getWebServer().getPort();
			log.info("CHARTFOLIO_BASE_URL is not set, so links in emails and invitations use {}; set it to the "
					+ "address people reach Chartfolio at", this.base);
		}
	}

	/**
	 * The demo, or a database on this machine (the defaults, a developer's or a test's
	 * database).
	 */
	static boolean isLocal(Environment environment) {
		if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
			return true;
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql://")) {
			return false;
		}
		String authority = url.substring("jdbc:postgresql://".length()).split("[/?]", 2)[0];
		String host = authority.startsWith("[") ? authority.substring(0, authority.indexOf(']') + 1)
				: authority.split(":", 2)[0];
		return LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
	}

	private static void check(String address) {
		URI uri;
		try {
			uri = URI.create(address);
		}
		catch (IllegalArgumentException malformed) {
			throw new MissingBaseUrlException.Malformed(address);
		}
		boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
		if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
				|| uri.getUserInfo() != null) {
			throw new MissingBaseUrlException.Malformed(address);
		}
	}

}
