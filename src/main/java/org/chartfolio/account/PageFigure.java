package org.chartfolio.account;

/**
 * One figure the page header shows the signed-in person (their unread notifications, whether they
 * mentor anybody, ...), contributed by the module that owns it. {@link PageHeader} reads every figure
 * in one read-only transaction, once per page, and hands each to the templates under its name.
 */
public interface PageFigure {

	/** The template variable the figure is known by. */
	String name();

	/** The figure for this person, read in the header's transaction (one statement at most). */
	Object of(SignedInUser person);

}
