package org.chartfolio.portfolio;

/**
 * A section as pages show it. {@code title} is the criterion heading for a statement on a
 * criterion, and null otherwise: pages then name the section by
 * {@link SectionKind#messageKey()}.
 */
public record SectionView(long id, long portfolioId, int position, SectionKind kind, Integer criterionNumber,
		String title, String criterionDescription, SectionStatus status, long version) {

	/**
	 * Approved: the text stays as the mentor approved it until the candidate reopens the
	 * section.
	 */
	public boolean isLocked() {
		return this.status == SectionStatus.APPROVED;
	}

	public boolean isStatement() {
		return this.kind == SectionKind.STATEMENT;
	}

	/**
	 * The section's name as pages show it, as a key of messages.properties ("Criterion 1:
	 * Personal performance" for a statement on a criterion, otherwise its kind:
	 * "Annotated CV") with {@link #nameArgs()}. A template writes
	 * {@code ${#messages.msgWithParams(s.nameKey(), s.nameArgs())}}.
	 */
	public String nameKey() {
		return nameKey(this.kind, this.criterionNumber);
	}

	/**
	 * The arguments of {@link #nameKey()}: none for a kind, whose text then reads as
	 * written.
	 */
	public Object[] nameArgs() {
		return nameArgs(this.criterionNumber, this.title);
	}

	/** {@link #nameKey()} for a view of a section other than this one. */
	public static String nameKey(SectionKind kind, Integer criterionNumber) {
		return (criterionNumber != null) ? "overview.criterion" : kind.messageKey();
	}

	/** {@link #nameArgs()} for a view of a section other than this one. */
	public static Object[] nameArgs(Integer criterionNumber, String title) {
		return (criterionNumber != null) ? new Object[] { criterionNumber, title } : new Object[0];
	}

}
