package org.chartfolio.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A page is read in one read-only transaction. For a GET (or HEAD) to a handler that
 * renders a view, the transaction begins before the app's other interceptors (the
 * portfolio standing is resolved in it), every service the handler calls joins it, the
 * page header is read in it, and it ends before the view renders: the page gets one
 * connection for as long as it reads, and none while it writes its HTML (open-in-view
 * stays off, and templates render records, never entities).
 * <p>
 * Downloads, which stream while the response is written, and every other method keep the
 * transactions their services open. A read-only transaction has nothing to commit, so it
 * always ends by rolling back: a refusal a handler catches and shows cannot turn into an
 * error at the end.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyPages implements WebMvcConfigurer, HandlerInterceptor {

	/**
	 * Before every other interceptor of the app, so that theirs reads are in the page's
	 * transaction.
	 */
	static final int ORDER = -100;

	private static final String STATUS = ReadOnlyPages.class.getName() + ".transaction";

	private final PlatformTransactionManager transactions;

	private final DefaultTransactionDefinition readOnly;

	ReadOnlyPages(PlatformTransactionManager transactions) {
		this.transactions = transactions;
		this.readOnly = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
		this.readOnly.setReadOnly(true);
		this.readOnly.setName("page");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(ORDER);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (isPage(request, handler) && request.getAttribute(STATUS) == null) {
			request.setAttribute(STATUS, this.transactions.getTransaction(this.readOnly));
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		end(request);
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		end(request);
	}

	private void end(HttpServletRequest request) {
		if (request.getAttribute(STATUS) instanceof TransactionStatus status) {
			request.removeAttribute(STATUS);
			if (!status.isCompleted()) {
				this.transactions.rollback(status);
			}
		}
	}

	/**
	 * A read whose handler answers with a view to render: a page, not a download or a
	 * change.
	 */
	private static boolean isPage(HttpServletRequest request, Object handler) {
		if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| !(handler instanceof HandlerMethod method)) {
			return false;
		}
		Class<?> answer = method.getReturnType().getParameterType();
		boolean body = AnnotatedElementUtils.hasAnnotation(method.getMethod(), ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
		return !body && (answer == String.class || answer == ModelAndView.class);
	}

}
