package org.chartfolio.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes NUL characters out of every request parameter (query string and form fields
 * alike) before anything reads them. PostgreSQL refuses NUL in text, so a field holding
 * one would fail the whole change with a server error; a NUL is invisible and never
 * meant, so the rest of what the person wrote is kept as they wrote it. It runs before
 * the security filters, so a NUL cannot reach sign-in either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulStripping extends OncePerRequestFilter {

	static String strip(String value) {
		return (value == null || value.indexOf('\0') < 0) ? value : value.replace("\0", "");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Stripped(request), response);
	}

	private static final class Stripped extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Stripped(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return (values == null) ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				Map<String, String[]> stripped = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] clean = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						clean[i] = strip(values[i]);
					}
					stripped.merge(strip(name), clean, (first, second) -> {
						String[] both = new String[first.length + second.length];
						System.arraycopy(first, 0, both, 0, first.length);
						System.arraycopy(second, 0, both, first.length, second.length);
						return both;
					});
				});
				this.parameters = Collections.unmodifiableMap(stripped);
			}
			return this.parameters;
		}

	}

}
