package org.chartfolio.evidence;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.Permission;
import org.chartfolio.portfolio.Requires;
import org.chartfolio.system.Downloads;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sends files back: as attachments (only images may be shown inline), never sniffed,
 * streamed from the store, only to people who may read the portfolio, and under the name
 * the service gives ({@link FileNames#nameFor}: its extension says what the content is,
 * never an executable one).
 */
@Controller
@RequestMapping("/portfolios/{portfolioId}/evidence/{number:\\d+}/files/{fileId:\\d+}")
@RequiredArgsConstructor
class EvidenceFileController {

	private final EvidencePages pages;

	@Requires(Permission.READ)
	@GetMapping
	ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal SignedInUser user,
			@PathVariable long portfolioId, @PathVariable int number, @PathVariable long fileId,
			@RequestParam(required = false) String inline) {
		EvidenceViews.Download file = this.pages.download(user, portfolioId, number, fileId);
		MediaType type = MediaType.parseMediaType(file.contentType());
		return ((inline != null && file.isImage()) ? Downloads.inline(file.name(), type)
				: Downloads.attachment(file.name(), type))
			.contentLength(file.size())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(new InputStreamResource(file.content()));
	}

	@Requires(Permission.READ)
	@GetMapping("/thumbnail")
	ResponseEntity<byte[]> thumbnail(@AuthenticationPrincipal SignedInUser user, @PathVariable long portfolioId,
			@PathVariable int number, @PathVariable long fileId) {
		byte[] png = this.pages.thumbnail(user, portfolioId, number, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.contentLength(png.length)
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(png);
	}

}
