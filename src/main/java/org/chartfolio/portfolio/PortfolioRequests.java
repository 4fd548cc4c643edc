package org.chartfolio.portfolio;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * How a portfolio request is authorised, in one place. For every request to a handler
 * whose path names a {@code {portfolioId}}:
 * <ol>
 * <li>the handler states the {@link Permission} it needs with {@link Requires} (on the
 * method, or on its controller for all its methods); a handler that states none is
 * refused;</li>
 * <li>the signed-in person's {@link Standing} in the portfolio is read once, in one
 * statement, by {@link PortfolioAccess};</li>
 * <li>the permission is checked against it: whoever may not gets 404, exactly as for a
 * portfolio that does not exist, and a change to a submitted copy gets the page that says
 * it cannot be changed;</li>
 * <li>the standing is handed on: to the handler as a {@code Standing} argument, to the
 * templates as {@code standing} and {@code portfolio} (its id and title, for the page
 * header), and to every service check made later in the request, which
 * {@link PortfolioAccess} answers without a query.</li>
 * </ol>
 * Services keep their own checks (other modules call them too); within a request those
 * checks cost nothing. Spring Security has already sent a signed-out visitor to sign in.
 */
@Component
@RequiredArgsConstructor
class PortfolioRequests implements HandlerInterceptor, HandlerMethodArgumentResolver {

	/**
	 * The request attribute (and template variable) holding the resolved
	 * {@link Standing}.
	 */
	static final String STANDING = "standing";

	/**
	 * The template variable holding the portfolio's {@link PortfolioRef}, for the page
	 * header.
	 */
	static final String PORTFOLIO = "portfolio";

	/**
	 * The template variable holding the {@link PortfolioNav} groups the layout shows
	 * above the page.
	 */
	static final String NAV = "portfolioNav";

	private static final String PORTFOLIO_ID = "portfolioId";

	private static final Logger log = LoggerFactory.getLogger(PortfolioRequests.class);

	private final PortfolioAccess access;

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		StandingMemo.open(request);
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		String named = portfolioIdOf(request);
		if (named == null) {
			return true;
		}
		long portfolioId = parse(named);
		Requires requires = required(method);
		if (requires == null) {
			log.error("{} names a portfolio but states no @Requires permission; refused", method.getShortLogMessage());
			throw new PortfolioNotFoundException(portfolioId);
		}
		SignedInUser user = signedIn();
		this.access.require(user, portfolioId, requires.value());
		Standing standing = this.access.standing(user, portfolioId);
		request.setAttribute(STANDING, standing);
		request.setAttribute(PORTFOLIO, standing.portfolio());
		return true;
	}

	/**
	 * A page inside a portfolio gets its nav, with the page it is on marked; a redirect,
	 * a download or an htmx fragment has no layout and gets none.
	 */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !modelAndView.isReference() || HtmxRequest.fromRequest(request).isHtmxRequest()
				|| !(request.getAttribute(STANDING) instanceof Standing standing)) {
			return;
		}
		String view = modelAndView.getViewName();
		if (view == null || view.startsWith("redirect:") || view.startsWith("forward:")) {
			return;
		}
		modelAndView.addObject(NAV, PortfolioNav.of(standing, pathWithin(request, standing.portfolioId())));
	}

	/**
	 * The request's path after {@code /portfolios/{id}}: "" for the portfolio's own page.
	 */
	private static String pathWithin(HttpServletRequest request, long portfolioId) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String prefix = "/portfolios/" + portfolioId;
		String within = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
		return within.endsWith("/") ? within.substring(0, within.length() - 1) : within;
	}

	/** The permission the handler states, on itself or on its controller. */
	static Requires required(HandlerMethod method) {
		Requires onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Requires.class);
		return (onMethod != null) ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Requires.class);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Standing.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Object standing = webRequest.getAttribute(STANDING, RequestAttributes.SCOPE_REQUEST);
		if (standing == null) {
			throw new IllegalStateException(
					parameter.getExecutable() + " takes a Standing but its path names no {" + PORTFOLIO_ID + "}");
		}
		return standing;
	}

	@SuppressWarnings("unchecked")
	private static String portfolioIdOf(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? ((Map<String, String>) map).get(PORTFOLIO_ID) : null;
	}

	private static long parse(String portfolioId) {
		try {
			return Long.parseLong(portfolioId);
		}
		catch (NumberFormatException notAnId) {
			throw new PortfolioNotFoundException(-1);
		}
	}

	private static SignedInUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) ? user : null;
	}

}
