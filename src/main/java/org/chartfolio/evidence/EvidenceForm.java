package org.chartfolio.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;
import org.chartfolio.system.RequiredPlainText;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The add and edit form. {@code version} is the item's version when the form was opened.
 */
@Getter
@Setter
class EvidenceForm {

	@RequiredPlainText(max = EvidenceItem.MAX_TITLE_LENGTH, required = "{evidence.title.required}",
			tooLong = "{evidence.title.tooLong}")
	private String title;

	private EvidenceKind kind = EvidenceKind.DOCUMENT;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate activityDate;

	@Size(max = EvidenceItem.MAX_TEXT_LENGTH, message = "{evidence.description.tooLong}")
	private String description;

	@Size(max = EvidenceItem.MAX_TEXT_LENGTH, message = "{evidence.reflection.tooLong}")
	private String reflection;

	@Size(max = EvidenceItem.MAX_TAGS_LENGTH, message = "{evidence.tags.tooLong}")
	@PlainText
	private String tags;

	@Size(max = EvidenceItem.MAX_LINK_LENGTH, message = "{evidence.link.tooLong}")
	@Pattern(regexp = "^$|^(?i:https?)://[^\\s/?#]+[^\\s]*$", message = "{evidence.link.invalid}")
	private String link;

	private Integer number;

	private Long version;

	private List<MultipartFile> files = new ArrayList<>();

	static EvidenceForm of(EvidenceViews.Details item) {
		EvidenceForm form = new EvidenceForm();
		form.title = item.title();
		form.kind = item.kind();
		form.activityDate = item.activityDate();
		form.description = item.description();
		form.reflection = item.reflection();
		form.link = item.link();
		form.tags = String.join(", ", item.tags());
		form.number = item.number();
		form.version = item.version();
		return form;
	}

	EvidenceService.EvidenceDetails toDetails() {
		return new EvidenceService.EvidenceDetails(this.title, this.kind, this.activityDate, this.description,
				this.reflection, this.link, tagSet());
	}

	Set<String> tagSet() {
		if (this.tags == null || this.tags.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(this.tags.split(","))
			.map(EvidenceItem::normaliseTag)
			.filter((tag) -> !tag.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	List<Upload> uploads() {
		return Uploads.of(this.files);
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = (files != null) ? files : new ArrayList<>();
	}

}
