package org.chartfolio.system;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceKind;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.support.Endpoints;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;
import static org.chartfolio.support.GoalEditBuilder.goal;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Hostile input gets an answer, never a server error: every GET mapping of the
 * application, found from its own request mappings so that a new page is covered the day
 * it is added, with NUL bytes, numbers beyond int and long, and negative numbers in every
 * query parameter and numeric path variable; and every form posted with a NUL in each of
 * its fields.
 */
@IntegrationTest
class HostileInputTests {

	/**
	 * Query parameters pages commonly read, sent to every page besides those its handler
	 * declares.
	 */
	private static final List<String> COMMON_PARAMETERS = List.of("page", "size", "q", "since", "from", "to", "kind",
			"sort", "status", "token", "tag", "criterion", "section", "revision", "number", "id");

	private static final List<String> HOSTILE_VALUES = List.of("\u0000", "a\u0000b", "99999999999",
			"99999999999999999999999", "-1", "-99999999999", "2147483647", "9223372036854775807", "100000000", "1e400",
			"");

	private static final List<String> HOSTILE_IDS = List.of("99999999999999999999999", "9223372036854775807",
			"2147483648", "0");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Endpoints endpoints;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyPageAnswersHostileParametersWithoutAServerError() throws Exception {
		SignedInUser candidate = this.scene.person("Hostile Candidate");
		Map<String, Object> ids = ids(candidate);
		List<String> errors = new ArrayList<>();
		int requests = 0;
		for (Endpoint endpoint : endpoints(RequestMethod.GET)) {
			String url = expand(endpoint.pattern(), ids, Map.of());
			for (String value : HOSTILE_VALUES) {
				MockHttpServletRequestBuilder get = request(HttpMethod.GET, url).with(user(candidate));
				for (String name : endpoint.parameters()) {
					get.param(name, value);
				}
				requests++;
				check(errors, get, "GET " + url + " with every parameter " + printable(value));
			}
			for (String variable : variables(endpoint.pattern())) {
				for (String hostile : HOSTILE_IDS) {
					String wild = expand(endpoint.pattern(), ids, Map.of(variable, hostile));
					requests++;
					check(errors, request(HttpMethod.GET, wild).with(user(candidate)), "GET " + wild);
				}
			}
		}
		assertThat(errors).as("server errors").isEmpty();
		assertThat(requests).as("hostile requests made").isGreaterThan(500);
	}

	@Test
	void everyFormPostedWithNulBytesAnswersWithoutAServerError() throws Exception {
		SignedInUser candidate = this.scene.person("Nul Candidate");
		Map<String, Object> ids = ids(candidate);
		List<String> errors = new ArrayList<>();
		List<Endpoint> posts = endpoints(RequestMethod.POST);
		// Forms that end something (delete, sign out) go last, so the others still find
		// what they change.
		posts.sort(Comparator
			.comparing((Endpoint endpoint) -> endpoint.pattern().matches(".*(delete|logout|leave|end).*")));
		int forms = 0;
		for (Endpoint endpoint : posts) {
			if (endpoint.parameters().isEmpty()) {
				continue;
			}
			String url = expand(endpoint.pattern(), ids, Map.of());
			MockHttpServletRequestBuilder post = request(HttpMethod.POST, url).with(user(candidate)).with(csrf());
			for (String name : endpoint.parameters()) {
				post.param(name, "Minutes\u0000 of the committee\u0000");
			}
			forms++;
			check(errors, post, "POST " + url + " with a NUL in " + endpoint.parameters());
		}
		assertThat(errors).as("server errors").isEmpty();
		assertThat(forms).as("forms posted").isGreaterThan(40);
	}

	@Test
	void aNulInAFieldIsTakenOutAndTheRestKept() throws Exception {
		Portfolio p = this.scene.candidate("Nul Writer").portfolio("certification");

		this.mvc
			.perform(request(HttpMethod.POST, "/portfolios/" + p.id() + "/plan").with(user(p.candidate()))
				.with(csrf())
				.param("title", "First\u0000 Aid course")
				.param("status", "PLANNED"))
			.andReturn();

		assertThat(
				this.jdbc.sql("select title from goal where portfolio_id = ?").param(p.id()).query(String.class).list())
			.containsExactly("First Aid course");
	}

	private void check(List<String> errors, MockHttpServletRequestBuilder request, String what) {
		try {
			int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
			if (status >= 500) {
				errors.add(what + " answered " + status);
			}
		}
		catch (Exception ex) {
			errors.add(what + " threw " + ex);
		}
	}

	private record Endpoint(String pattern, Set<String> parameters) {
	}

	/**
	 * The mapped patterns for a method, each with the parameters its handler reads: its
	 * request parameters, the properties of its form objects, and (for GET) the common
	 * ones.
	 */
	private List<Endpoint> endpoints(RequestMethod wanted) {
		Map<String, Set<String>> found = new java.util.TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.endpoints.handlers().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			if (!(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods).contains(wanted)) {
				continue;
			}
			Set<String> parameters = new LinkedHashSet<>();
			if (wanted == RequestMethod.GET) {
				parameters.addAll(COMMON_PARAMETERS);
			}
			for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
				parameters.addAll(parameterNames(parameter));
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.startsWith("/error")) {
					found.computeIfAbsent(pattern, (key) -> new LinkedHashSet<>()).addAll(parameters);
				}
			}
		}
		List<Endpoint> endpoints = new ArrayList<>();
		found.forEach((pattern, parameters) -> endpoints.add(new Endpoint(pattern, parameters)));
		return endpoints;
	}

	private static Set<String> parameterNames(MethodParameter parameter) {
		Set<String> names = new LinkedHashSet<>();
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		Class<?> type = parameter.getParameterType();
		if (requestParam != null) {
			String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
			if (name != null && !name.isEmpty()) {
				names.add(name);
			}
			return names;
		}
		if (parameter.hasParameterAnnotation(PathVariable.class) || BeanUtils.isSimpleProperty(type)) {
			return names;
		}
		boolean form = parameter.hasParameterAnnotation(ModelAttribute.class) || type.getSimpleName().endsWith("Form");
		if (form) {
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					names.add(property.getName());
				}
			}
		}
		return names;
	}

	/**
	 * A portfolio with an item of evidence, a file and a goal, and ids for the URL
	 * variables.
	 */
	private Map<String, Object> ids(SignedInUser candidate) {
		Portfolio portfolio = this.scene.candidate(candidate).portfolio("certification");
		long portfolioId = portfolio.id();
		byte[] note = "Minutes of the committee".getBytes(StandardCharsets.UTF_8);
		EvidenceSummary item = this.scene.evidence(portfolio, evidence("Minutes").kind(EvidenceKind.MINUTES),
				"minutes.txt", note);
		long fileId = this.jdbc.sql("select id from evidence_file where evidence_id = ?")
			.param(item.id())
			.query(Long.class)
			.single();
		long goalId = this.scene.goal(portfolio, goal("First Aid"));
		Map<String, Object> ids = new HashMap<>();
		ids.put("portfolioId", portfolioId);
		ids.put("id", portfolioId);
		ids.put("sectionId", portfolio.section(0).id());
		ids.put("number", item.number());
		ids.put("evidenceId", item.id());
		ids.put("fileId", fileId);
		ids.put("goalId", goalId);
		ids.put("kind", "INITIAL");
		ids.put("jobId", java.util.UUID.randomUUID().toString());
		ids.put("token", "not-a-token");
		return ids;
	}

	private static List<String> variables(String pattern) {
		List<String> names = new ArrayList<>();
		Matcher variable = Endpoints.VARIABLE.matcher(pattern);
		while (variable.find()) {
			names.add(variable.group(1));
		}
		return names;
	}

	/**
	 * The pattern with each variable's id (1 where the scene has none), or the override
	 * given for it.
	 */
	private static String expand(String pattern, Map<String, Object> ids, Map<String, String> overrides) {
		Matcher variable = Endpoints.VARIABLE.matcher(pattern);
		StringBuilder url = new StringBuilder();
		while (variable.find()) {
			String name = variable.group(1);
			Object value = overrides.containsKey(name) ? overrides.get(name) : ids.getOrDefault(name, 1);
			variable.appendReplacement(url, Matcher.quoteReplacement(String.valueOf(value)));
		}
		variable.appendTail(url);
		return url.toString();
	}

	private static String printable(String value) {
		return value.replace("\u0000", "\\0");
	}

}
