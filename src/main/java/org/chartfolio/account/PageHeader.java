package org.chartfolio.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the header of every page needs to know of the signed-in person, read once per
 * page: every {@link PageFigure} as a column of one statement, in the page's read-only
 * transaction, after the handler and only when it renders a page (a redirect, a download
 * or an htmx fragment has no header, so it reads nothing). Whether the person administers
 * the installation comes from the configuration.
 */
@Component
class PageHeader implements HandlerInterceptor {

	/**
	 * The template variable saying whether the person may open the administration pages.
	 */
	static final String ADMINISTRATOR = "administrator";

	private final List<PageFigure> figures;

	/** Every figure's SQL, each a column named after its place in {@link #figures}. */
	private final String statement;

	private final JdbcClient jdbc;

	private final Administrators administrators;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	PageHeader(List<PageFigure> figures, JdbcClient jdbc, Administrators administrators, Clock clock,
			PlatformTransactionManager transactions) {
		this.figures = List.copyOf(figures);
		this.statement = IntStream.range(0, this.figures.size())
			.mapToObj((i) -> this.figures.get(i).sql() + " as figure_" + i)
			.collect(Collectors.joining(", ", "select ", ""));
		this.jdbc = jdbc;
		this.administrators = administrators;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The template variable naming the signed-in person, for the header; absent for a
	 * visitor.
	 */
	static final String SIGNED_IN = "signedInUser";

	/**
	 * Who is signed in, for every view this request renders, the error and refusal pages
	 * included (they are rendered without {@link #postHandle}); read from the security
	 * context, not the database.
	 */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		SignedInUser person = signedIn();
		if (person != null) {
			request.setAttribute(SIGNED_IN, person);
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !modelAndView.isReference() || isRedirect(modelAndView)
				|| HtmxRequest.fromRequest(request).isHtmxRequest()) {
			return;
		}
		SignedInUser person = signedIn();
		if (person != null) {
			modelAndView.addAllObjects(read(person));
		}
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser person) ? person : null;
	}

	/**
	 * Every figure for the person, by name: one statement, whatever the number of
	 * figures.
	 */
	Map<String, Object> read(SignedInUser person) {
		Map<String, Object> read = new LinkedHashMap<>();
		if (!this.figures.isEmpty()) {
			read.putAll(this.readOnly.execute((status) -> this.jdbc.sql(this.statement)
				.param("person", person.id())
				.param("now", Timestamp.from(this.clock.instant()))
				.query(this::byName)
				.single()));
		}
		read.put(ADMINISTRATOR, this.administrators.includes(person));
		return read;
	}

	private Map<String, Object> byName(ResultSet row, int rowNumber) throws SQLException {
		Map<String, Object> figures = new LinkedHashMap<>();
		for (int i = 0; i < this.figures.size(); i++) {
			figures.put(this.figures.get(i).name(), row.getObject(i + 1));
		}
		return figures;
	}

	private static boolean isRedirect(ModelAndView modelAndView) {
		String view = modelAndView.getViewName();
		return view != null && (view.startsWith("redirect:") || view.startsWith("forward:"));
	}

}
