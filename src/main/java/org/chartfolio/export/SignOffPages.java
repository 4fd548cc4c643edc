package org.chartfolio.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.signoff.SignOffReading;

import org.springframework.stereotype.Component;

/**
 * The sign-off documents as the submission PDF prints them, in a chapter of their own
 * after the plan: each with who wrote it, their role and the day they signed it, and its
 * paragraphs. A draft the mentor has not signed is printed as a draft, so the assessors
 * are never shown it as signed.
 */
@Component
@RequiredArgsConstructor
class SignOffPages {

	/**
	 * One document: its heading's message key, who signed it and when (null for a draft),
	 * and its paragraphs.
	 */
	record SignOff(String headingKey, String name, String role, LocalDate signedOn, boolean imported,
			List<String> paragraphs, String fileName) {
	}

	private final SignOffReading signOffs;

	List<SignOff> gather(SignedInUser user, long portfolioId, ZoneId zone) {
		return this.signOffs.forExport(user, portfolioId)
			.stream()
			.filter((d) -> d.text() != null && !d.text().isBlank())
			.map((d) -> new SignOff("export.pdf.signoff.author." + d.author(), d.authorName(), d.authorRole(),
					(d.signedAt() != null) ? LocalDate.ofInstant(d.signedAt(), zone) : null, d.imported(),
					List.of(d.text().split("\\R\\s*\\R")), d.fileName()))
			.toList();
	}

}
