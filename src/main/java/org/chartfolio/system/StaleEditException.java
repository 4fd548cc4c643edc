package org.chartfolio.system;

/**
 * The thing being saved changed since the form was opened (another tab, another person).
 * The controller shows the form again with the user's input kept and the current version,
 * so that saving again is a deliberate choice.
 */
public class StaleEditException extends RuntimeException {

	private final long currentVersion;

	public StaleEditException(long currentVersion) {
		super("Changed since it was opened; now at version " + currentVersion);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

	/**
	 * For an entity's {@code requireVersion}: refuses an edit made from {@code expected}
	 * when the thing is now at {@code current}; an edit that names no version
	 * ({@code null}) is refused the same way.
	 */
	public static void unlessAt(long current, Long expected) {
		if (expected == null || expected != current) {
			throw new StaleEditException(current);
		}
	}

}
