package org.chartfolio.cpd;

import java.math.BigDecimal;

/**
 * Hours of CPD logged within the route's period against the hours it asks for, for
 * progress pages.
 */
public record CpdProgress(BigDecimal hoursInPeriod, int requiredHours, int periodMonths) {

	public boolean requirementMet() {
		return this.hoursInPeriod.compareTo(BigDecimal.valueOf(this.requiredHours)) >= 0;
	}

}
