package org.chartfolio.cpd;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.cpd.CpdService.ActivityEdit;
import org.chartfolio.system.BinnableEntity;
import org.chartfolio.system.FieldProblem;

/**
 * One CPD activity. Hours are positive, in tenths, and the activity cannot lie in the
 * future.
 */
@Entity
@Table(name = "cpd_activity")
@Getter(AccessLevel.PACKAGE)
class CpdActivity extends BinnableEntity {

	static final int MAX_TITLE_LENGTH = 200;

	/** The reflection: as long as an evidence item's description. */
	static final int MAX_REFLECTION_LENGTH = 20_000;

	static final BigDecimal MAX_HOURS = new BigDecimal("1000");

	@Column(updatable = false)
	private long portfolioId;

	private LocalDate activityDate;

	private String title;

	private BigDecimal hours;

	private String reflection = "";

	protected CpdActivity() {
	}

	CpdActivity(long portfolioId, Instant now) {
		super(now);
		this.portfolioId = portfolioId;
	}

	void record(ActivityEdit edit, LocalDate today, Instant now) {
		LocalDate date = edit.date();
		String title = edit.title();
		BigDecimal hours = edit.hours();
		if (date == null) {
			throw new FieldProblem("date", "cpd.date.required");
		}
		if (date.isAfter(today)) {
			throw new FieldProblem("date", "cpd.date.future");
		}
		if (title == null || title.isBlank()) {
			throw new FieldProblem("title", "cpd.title.required");
		}
		if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0
				|| hours.stripTrailingZeros().scale() > 1) {
			throw new FieldProblem("hours", "cpd.hours.invalid");
		}
		this.activityDate = date;
		this.title = title.strip();
		this.hours = hours.setScale(1);
		this.reflection = (edit.reflection() != null) ? edit.reflection().strip() : "";
		changed(now);
	}

}
