package org.chartfolio.support;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.pksb.PksbService;

/**
 * A portfolio's PKSB self-assessment as a test names it: by the labels the candidate
 * reads, not the framework's keys.
 */
@Scene
public class PksbScene {

	private final PksbService pksb;

	PksbScene(PksbService pksb) {
		this.pksb = pksb;
	}

	/** The key of the choice the candidate sees under this label. */
	public String key(SignedInUser candidate, long portfolio, String label) {
		return this.pksb.assessment(candidate, portfolio)
			.choices()
			.stream()
			.filter((choice) -> choice.label().equals(label))
			.findFirst()
			.orElseThrow()
			.key();
	}

	/** The candidate chooses the area under this label; the chosen area's id. */
	public long choose(SignedInUser candidate, long portfolio, String label) {
		return this.pksb.choose(candidate, portfolio, key(candidate, portfolio, label));
	}

	/**
	 * The candidate {@link #choose chooses} the area under this label and rates it; the
	 * area's id.
	 */
	public long rate(SignedInUser candidate, long portfolio, String label, PksbService.RatingEdit rating) {
		long area = choose(candidate, portfolio, label);
		this.pksb.rate(candidate, portfolio, area, rating);
		return area;
	}

}
