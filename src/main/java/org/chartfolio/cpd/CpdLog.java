package org.chartfolio.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A portfolio's CPD log: its activities, newest first, and the hours within the route's
 * period against what the route asks for (no requirement: {@code requiredHours} is null).
 */
public record CpdLog(List<Entry> entries, BigDecimal hoursInPeriod, Integer requiredHours, Integer periodMonths,
		LocalDate periodStart) {

	public record Entry(long id, LocalDate date, String title, BigDecimal hours, String reflection, boolean inPeriod,
			long version) {
	}

	public boolean requirementMet() {
		return this.requiredHours == null || this.hoursInPeriod.compareTo(BigDecimal.valueOf(this.requiredHours)) >= 0;
	}

	public BigDecimal hoursStillNeeded() {
		if (this.requiredHours == null) {
			return BigDecimal.ZERO;
		}
		BigDecimal missing = BigDecimal.valueOf(this.requiredHours).subtract(this.hoursInPeriod);
		return (missing.signum() > 0) ? missing : BigDecimal.ZERO;
	}

}
