package org.chartfolio.portfolio;

/**
 * A row of the permission table kept by a module above this one: someone who does not
 * read the portfolio may still read one of its evidence items. The directory grants the
 * mentor a candidate asked the CV item sent with the request, while the request is open.
 */
public interface EvidenceGrant {

	/**
	 * Whether the person may read this evidence item of the portfolio (and download its
	 * files).
	 */
	boolean grants(long personId, long portfolioId, long evidenceId);

}
