package org.chartfolio.portfolio;

/**
 * A section as pages show it. {@code title} is the criterion heading for a statement on a
 * criterion, and null otherwise: pages then name the section by {@link SectionKind#messageKey()}.
 */
public record SectionView(long id, long portfolioId, int position, SectionKind kind, Integer criterionNumber,
		String title, String criterionDescription, SectionStatus status, long version) {

	/** Approved: the text stays as the mentor approved it until the candidate reopens the section. */
	public boolean isLocked() {
		return this.status == SectionStatus.APPROVED;
	}

	public boolean isStatement() {
		return this.kind == SectionKind.STATEMENT;
	}

}
