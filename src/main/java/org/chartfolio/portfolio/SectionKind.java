package org.chartfolio.portfolio;

/**
 * What a section of a portfolio holds; its label is the message
 * {@code section.kind.<NAME>}.
 */
public enum SectionKind {

	/**
	 * A reflective statement, for one criterion or, on a single-statement route, for all.
	 */
	STATEMENT(true),
	/** The annotated CV. */
	CV(true),
	/** The annotated job description. */
	JOB_DESCRIPTION(true),
	/** Organisational objectives and context, tied to the second criterion. */
	ORGANISATIONAL_CONTEXT(true),
	/** The PKSB self-assessment. */
	PKSB(false),
	/** Goals from the PKSB gaps, their actions and the evidence of their outcome. */
	DEVELOPMENT_PLAN(false),
	/** Hours of continuing professional development, for revalidation. */
	CPD_LOG(false),
	/**
	 * The mentor's completion statement (Certification, Chartership): written and signed
	 * by the mentor.
	 */
	MENTOR_STATEMENT(false),
	/**
	 * Two letters of support (Fellowship): one from the mentor, one from a supporter the
	 * candidate invites.
	 */
	LETTERS_OF_SUPPORT(false);

	private final boolean written;

	SectionKind(boolean written) {
		this.written = written;
	}

	/**
	 * Whether the candidate writes this section as text (as opposed to a structured
	 * record).
	 */
	public boolean isWritten() {
		return this.written;
	}

	/**
	 * A sign-off document, written by somebody other than the candidate and kept by the
	 * signoff module; it is never reviewed or approved like the candidate's own sections.
	 */
	public boolean isSignOff() {
		return this == MENTOR_STATEMENT || this == LETTERS_OF_SUPPORT;
	}

	public String messageKey() {
		return "section.kind." + name();
	}

}
