package org.chartfolio.evidence;

import java.security.Principal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Two things every page needs from this module. A too-large upload is refused while the
 * request is parsed, before any controller runs: this shows the evidence form again with
 * the reason next to the file field instead of an error page. And pages that include the
 * quick capture form need to know where they are, so that capturing can come back to
 * them.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class EvidenceUploadAdvice {

	private static final Pattern EVIDENCE_FORM = Pattern
		.compile("^/portfolios/(\\d+)/evidence/(?:(new)|(capture)|(\\d+)/edit)$");

	private final EvidenceController forms;

	private final QuickCaptureController capture;

	@ModelAttribute("quickCaptureReturnTo")
	String quickCaptureReturnTo(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return (request.getQueryString() != null) ? path + "?" + request.getQueryString() : path;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, HttpServletResponse response,
			Principal principal, Model model, Locale locale) throws MaxUploadSizeExceededException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher form = EVIDENCE_FORM.matcher(path);
		if (!form.matches() || !(principal instanceof Authentication authentication)
				|| !(authentication.getPrincipal() instanceof SignedInUser user)) {
			throw ex;
		}
		long portfolioId = Long.parseLong(form.group(1));
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		if (form.group(3) != null) {
			return this.capture.pageAfterTooLargeUpload(user, portfolioId, locale, model);
		}
		Integer number = (form.group(4) != null) ? Integer.valueOf(form.group(4)) : null;
		return this.forms.formAfterTooLargeUpload(user, portfolioId, number, model);
	}

}
