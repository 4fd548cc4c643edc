package org.chartfolio.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the header of every page needs to know of the signed-in person, read once per page: every
 * {@link PageFigure} in one read-only transaction, after the handler and only when it renders a page
 * (a redirect, a download or an htmx fragment has no header, so it reads nothing).
 */
@Component
class PageHeader implements HandlerInterceptor {

	private final List<PageFigure> figures;

	private final TransactionTemplate readOnly;

	PageHeader(List<PageFigure> figures, PlatformTransactionManager transactions) {
		this.figures = List.copyOf(figures);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !modelAndView.isReference() || isRedirect(modelAndView)
				|| request.getHeader("HX-Request") != null) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser person)) {
			return;
		}
		modelAndView.addAllObjects(read(person));
	}

	/** Every figure for the person, by name. */
	Map<String, Object> read(SignedInUser person) {
		return this.readOnly.execute((status) -> {
			Map<String, Object> read = new LinkedHashMap<>();
			for (PageFigure figure : this.figures) {
				read.put(figure.name(), figure.of(person));
			}
			return read;
		});
	}

	private static boolean isRedirect(ModelAndView modelAndView) {
		String view = modelAndView.getViewName();
		return view != null && (view.startsWith("redirect:") || view.startsWith("forward:"));
	}

}
