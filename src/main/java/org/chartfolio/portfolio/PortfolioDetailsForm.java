package org.chartfolio.portfolio;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/** The portfolio's title and target date as the details form sends them. */
@Getter
@Setter
class PortfolioDetailsForm {

	@NotBlank(message = "{portfolio.title.required}")
	@Size(max = Portfolio.MAX_TITLE_LENGTH, message = "{portfolio.title.tooLong}")
	@PlainText
	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate targetDate;

	static PortfolioDetailsForm of(PortfolioSummary summary) {
		PortfolioDetailsForm form = new PortfolioDetailsForm();
		form.title = summary.title();
		form.targetDate = summary.targetDate();
		return form;
	}

}
