package org.chartfolio.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.RequiredPlainText;

import org.springframework.format.annotation.DateTimeFormat;

@Getter
@Setter
class CpdForm {

	@NotNull(message = "{cpd.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@RequiredPlainText(max = CpdActivity.MAX_TITLE_LENGTH, required = "{cpd.title.required}",
			tooLong = "{cpd.title.tooLong}")
	private String title;

	@NotNull(message = "{cpd.hours.invalid}")
	private BigDecimal hours;

	@Size(max = CpdActivity.MAX_REFLECTION_LENGTH, message = "{cpd.reflection.tooLong}")
	private String reflection;

	private Long version;

	static CpdForm of(CpdLog.Entry entry) {
		CpdForm form = new CpdForm();
		form.date = entry.date();
		form.title = entry.title();
		form.hours = entry.hours();
		form.reflection = entry.reflection();
		form.version = entry.version();
		return form;
	}

	CpdService.ActivityEdit toEdit() {
		return new CpdService.ActivityEdit(this.date, this.title, this.hours, this.reflection, this.version);
	}

}
