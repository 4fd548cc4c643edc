package org.chartfolio.portfolio;

import java.time.LocalDate;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.RequiredPlainText;

import org.springframework.format.annotation.DateTimeFormat;

/** The portfolio's title and target date as the details form sends them. */
@Getter
@Setter
class PortfolioDetailsForm {

	@RequiredPlainText(max = Portfolio.MAX_TITLE_LENGTH, required = "{portfolio.title.required}",
			tooLong = "{portfolio.title.tooLong}")
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
