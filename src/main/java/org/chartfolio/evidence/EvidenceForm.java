package org.chartfolio.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chartfolio.system.PlainText;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The add and edit form. {@code version} is the item's version when the form was opened.
 */
class EvidenceForm {

	@NotBlank(message = "{evidence.title.required}")
	@Size(max = EvidenceItem.MAX_TITLE_LENGTH, message = "{evidence.title.tooLong}")
	@PlainText
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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public EvidenceKind getKind() {
		return this.kind;
	}

	public void setKind(EvidenceKind kind) {
		this.kind = kind;
	}

	public LocalDate getActivityDate() {
		return this.activityDate;
	}

	public void setActivityDate(LocalDate activityDate) {
		this.activityDate = activityDate;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getReflection() {
		return this.reflection;
	}

	public void setReflection(String reflection) {
		this.reflection = reflection;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getLink() {
		return this.link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<MultipartFile> getFiles() {
		return this.files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = (files != null) ? files : new ArrayList<>();
	}

}
