package org.chartfolio.support;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own request mappings, for tests that cover every URL so that a new
 * page is covered the day it is added. An endpoint is keyed "METHOD path", the path a
 * pattern such as {@code /portfolios/{portfolioId}/plan}.
 */
@Scene
public class Endpoints {

	/** A variable of a mapped pattern, {@code {name}} or {@code {name:regex}}. */
	public static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

	private final RequestMappingHandlerMapping mappings;

	Endpoints(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	/** Every mapping with its handler. */
	public Map<RequestMappingInfo, HandlerMethod> handlers() {
		return this.mappings.getHandlerMethods();
	}

	/**
	 * Every mapped method and path whose path passes the test, keyed "METHOD path" in
	 * order; a mapping that names no method counts as one for each of these.
	 */
	public Map<String, HttpMethod> where(Predicate<String> path, Set<RequestMethod> whenNoneNamed) {
		Map<String, HttpMethod> endpoints = new TreeMap<>();
		for (RequestMappingInfo info : handlers().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!path.test(pattern)) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? whenNoneNamed : methods) {
					endpoints.put(method + " " + pattern, HttpMethod.valueOf(method.name()));
				}
			}
		}
		return endpoints;
	}

	/** The path of an endpoint keyed "METHOD path". */
	public static String pattern(String endpoint) {
		return endpoint.substring(endpoint.indexOf(' ') + 1);
	}

	/**
	 * The pattern with each variable's value from the ids; the test fails on a variable
	 * it has no value for.
	 */
	public static String expand(String pattern, Map<String, Object> ids) {
		Matcher variable = VARIABLE.matcher(pattern);
		StringBuilder url = new StringBuilder();
		while (variable.find()) {
			Object value = ids.get(variable.group(1));
			assertThat(value).as("a value for {" + variable.group(1) + "} in " + pattern + " (add one to this test)")
				.isNotNull();
			variable.appendReplacement(url, String.valueOf(value));
		}
		variable.appendTail(url);
		return url.toString();
	}

}
