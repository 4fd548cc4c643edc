package org.chartfolio.system;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Whose X-Forwarded-For, X-Forwarded-Proto and X-Forwarded-Host the app believes: only
 * those of the reverse proxies the operator names in {@code chartfolio.trusted-proxies}
 * (CHARTFOLIO_TRUSTED_PROXIES, comma-separated IP addresses or CIDR ranges such as
 * 10.0.0.0/24), none by default. Tomcat would otherwise believe any private or loopback
 * address, so a client on the same network could claim a new address on every sign-in
 * attempt and never meet the per-address limit. Runs after Spring Boot has added Tomcat's
 * RemoteIpValve and narrows it.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final String ranges;

	TrustedProxies(@Value("${chartfolio.trusted-proxies:}") List<String> addresses) {
		this.ranges = ranges(addresses);
	}

	/**
	 * The addresses as the comma-separated CIDR ranges Tomcat takes (a single address
	 * becomes /32 or /128), or the empty string, which Tomcat reads as "no proxy".
	 */
	static String ranges(List<String> addresses) {
		return addresses.stream()
			.map(String::strip)
			.filter((address) -> !address.isEmpty())
			.map(TrustedProxies::range)
			.distinct()
			.collect(Collectors.joining(","));
	}

	private static String range(String entry) {
		String[] parts = entry.split("/", -1);
		String address = parts[0];
		if (parts.length > 2 || !address.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")
				|| (parts.length == 2 && !parts[1].matches("\\d{1,3}"))) {
			throw notAnAddress(entry, null);
		}
		try {
			InetAddress parsed = InetAddress.getByName(address);
			int bits = (parsed instanceof Inet6Address) ? 128 : 32;
			int prefix = (parts.length == 2) ? Integer.parseInt(parts[1]) : bits;
			if (prefix > bits) {
				throw notAnAddress(entry, null);
			}
			return parsed.getHostAddress() + "/" + prefix;
		}
		catch (UnknownHostException ex) {
			throw notAnAddress(entry, ex);
		}
	}

	private static IllegalStateException notAnAddress(String entry, Exception cause) {
		return new IllegalStateException("CHARTFOLIO_TRUSTED_PROXIES holds '" + entry + "', which is not an IP address"
				+ " or range: list the addresses of your reverse proxies, comma-separated", cause);
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.getEngineValves()
			.stream()
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.forEach((valve) -> {
				valve.setInternalProxies(this.ranges);
				valve.setTrustedProxies(null);
			});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
