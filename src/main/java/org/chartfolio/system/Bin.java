package org.chartfolio.system;

import java.time.Duration;

/**
 * The bin every module keeps its deleted things in: how long something stays restorable.
 * One period for evidence, goals and cleared writing, so the bin page can promise one
 * date rule.
 */
public final class Bin {

	/** How long a deleted item, goal or cleared text can be restored. */
	public static final Duration KEEPS = Duration.ofDays(30);

	private Bin() {
	}

}
