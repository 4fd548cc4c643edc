package org.chartfolio.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Turns a path of the app into an absolute address, for links that leave it: invitation links and
 * the links in emails. A configured base address wins; otherwise the address of the request being
 * served (which honours the proxy's forwarded headers), and outside a request the local one.
 */
@Component
public class SiteAddress {

	private final String configured;

	private final String local;

	SiteAddress(@Value("${chartfolio.base-url:}") String configured, @Value("${server.port:8080}") String port) {
		this.configured = configured.strip().replaceAll("/+$", "");
		this.local = "http://localhost:" + port;
	}

	public String absolute(String path) {
		return base() + path;
	}

	private String base() {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		}
		return this.local;
	}

}
