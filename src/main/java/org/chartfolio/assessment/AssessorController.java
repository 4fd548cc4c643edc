package org.chartfolio.assessment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.chartfolio.evidence.EvidenceService.SharedDownload;
import org.chartfolio.export.ExportService;
import org.chartfolio.system.Downloads;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an assessor link opens, for anybody holding it, signed in or not: the web edition
 * of its submitted copy, the files of its items and its PDF. Nothing here names a
 * portfolio: every address is the token's, so a link leads nowhere but its copy.
 */
@Controller
@RequestMapping("/assessors/{token}")
@RequiredArgsConstructor
class AssessorController {

	/**
	 * A file opened from the web edition may be anything a candidate uploaded: it runs
	 * nothing, is shown as the type it was detected as, and cannot be framed.
	 */
	static final String FILE_POLICY = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
			+ "frame-ancestors 'none'";

	private final AssessorService assessors;

	@GetMapping
	String edition(@PathVariable String token, Model model) {
		model.addAttribute("doc", this.assessors.open(token));
		model.addAttribute("token", token);
		return "assessment/edition";
	}

	/**
	 * Images, text and PDFs open in the browser (a PDF in its own viewer); anything else
	 * is downloaded.
	 */
	@GetMapping("/evidence/{evidenceId}/files/{fileId}")
	ResponseEntity<InputStreamResource> file(@PathVariable String token, @PathVariable long evidenceId,
			@PathVariable long fileId) {
		SharedDownload file = this.assessors.file(token, evidenceId, fileId);
		WebEdition.Shown shown = WebEdition.Shown.of(file.contentType());
		MediaType type = switch (shown) {
			case TEXT -> new MediaType("text", "plain", StandardCharsets.UTF_8);
			case IMAGE, PDF -> MediaType.parseMediaType(file.contentType());
			case DOWNLOAD -> MediaType.APPLICATION_OCTET_STREAM;
		};
		return ((shown == WebEdition.Shown.DOWNLOAD) ? Downloads.attachment(file.name(), type)
				: Downloads.inline(file.name(), type))
			.contentLength(file.size())
			.header("Content-Security-Policy", FILE_POLICY)
			.cacheControl(CacheControl.noStore())
			.body(new InputStreamResource(file.content()));
	}

	@PostMapping("/pdf")
	String startPdf(@PathVariable String token, RedirectAttributes redirect) {
		UUID job = this.assessors.startPdf(token);
		redirect.addAttribute("job", job);
		return "redirect:/assessors/{token}/pdf/{job}";
	}

	@GetMapping("/pdf/{jobId}")
	String pdfJob(@PathVariable String token, @PathVariable String jobId, Model model) {
		ExportService.JobView job = this.assessors.pdfJob(token, jobId);
		model.addAttribute("job", job);
		model.addAttribute("token", token);
		model.addAttribute("refreshSeconds", job.finished() ? null : 2);
		return "assessment/pdf";
	}

	@GetMapping("/pdf/{jobId}/file")
	ResponseEntity<InputStreamResource> pdf(@PathVariable String token, @PathVariable String jobId) {
		ExportService.Download download = this.assessors.pdf(token, jobId);
		return Downloads.attachment(download.fileName(), MediaType.APPLICATION_PDF)
			.contentLength(download.size())
			.cacheControl(CacheControl.noStore())
			.body(new InputStreamResource(download.content().open()));
	}

	/** One page for every link that does not work, whatever the reason. */
	@ExceptionHandler(LinkUnavailableException.class)
	String unavailable(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "assessment/unavailable";
	}

}
