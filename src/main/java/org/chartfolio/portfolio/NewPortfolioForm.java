package org.chartfolio.portfolio;

import java.time.LocalDate;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;

import lombok.Getter;
import lombok.Setter;
import org.chartfolio.system.RequiredPlainText;

import org.springframework.format.annotation.DateTimeFormat;

@Getter
@Setter
class NewPortfolioForm {

	@NotBlank(message = "{portfolio.route.required}")
	private String route;

	@RequiredPlainText(max = Portfolio.MAX_TITLE_LENGTH, required = "{portfolio.title.required}",
			tooLong = "{portfolio.title.tooLong}")
	private String title;

	@FutureOrPresent(message = "{portfolio.targetDate.past}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate targetDate;

	PortfolioService.NewPortfolio toRequest() {
		return new PortfolioService.NewPortfolio(this.route, this.title, this.targetDate);
	}

}
