package org.chartfolio.account;

/**
 * One figure the page header shows the signed-in person (their unread notifications,
 * whether they mentor anybody, ...), contributed by the module that owns it as a piece of
 * SQL over its own tables. {@link PageHeader} puts every figure into one statement, read
 * once per page, and hands each to the templates under its name.
 */
public interface PageFigure {

	/** The template variable the figure is known by. */
	String name();

	/**
	 * The figure as one scalar SQL expression, usually a parenthesised subquery, over the
	 * named parameters {@code :person} (the signed-in account's id) and {@code :now} (the
	 * clock's instant). A count reads as a {@code Long}, an {@code exists} as a
	 * {@code Boolean}.
	 */
	String sql();

}
