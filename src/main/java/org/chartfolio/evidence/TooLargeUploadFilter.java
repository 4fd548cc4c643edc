package org.chartfolio.evidence;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds an evidence upload to {@code chartfolio.evidence.max-request-size} before
 * anything reads it (the servlet's own multipart limits are the portfolio import's, which
 * are larger). Also turns an upload over the multipart limits into the form again, with
 * the reason next to the file field. Tomcat refuses such a request while parsing it, and
 * the first to ask for a parameter is Spring Security's CSRF check, which then fails
 * before any controller could answer. So this runs just before Spring Security, on the
 * evidence upload forms, the portfolio import and the Leap2A import only, and when the
 * parts cannot be read because they are too big it sends the browser back to the form
 * (303) marked {@code ?tooLarge}. Nothing was saved, and the browser could not have kept
 * the chosen files anyway.
 */
@Component
@Order(-101)
class TooLargeUploadFilter extends OncePerRequestFilter {

	private final long maxEvidenceRequest;

	TooLargeUploadFilter(@Value("${chartfolio.evidence.max-request-size:100MB}") DataSize maxEvidenceRequest) {
		this.maxEvidenceRequest = maxEvidenceRequest.toBytes();
	}

	private static final Pattern UPLOAD_FORM = Pattern
		.compile("^/portfolios/(?:\\d+/evidence/(?:new|capture|\\d+/edit|import/new)|import)$");

	/**
	 * Archives of a whole portfolio or of another ePortfolio, which have their own,
	 * larger limits.
	 */
	private static final Pattern ARCHIVE_UPLOAD = Pattern.compile("^/portfolios/(?:\\d+/evidence/import/new|import)$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| !UPLOAD_FORM.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!ARCHIVE_UPLOAD.matcher(path(request)).matches()
				&& request.getContentLengthLong() > this.maxEvidenceRequest) {
			tooLarge(request, response);
			return;
		}
		try {
			request.getParts();
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			if (isTooLarge(ex)) {
				tooLarge(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static void tooLarge(HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", request.getContextPath() + path(request) + "?tooLarge");
	}

	static boolean isTooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			if (name.contains("SizeLimitExceeded") || name.equals("SizeException")
					|| name.equals("MaxUploadSizeExceededException")) {
				return true;
			}
		}
		return false;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
