package org.chartfolio.export;

/**
 * The export page's form. {@code confirmDraft} is the box that says "export it as a draft
 * anyway", asked for only when readiness checks fail.
 */
class ExportForm {

	private boolean confirmDraft;

	public boolean isConfirmDraft() {
		return this.confirmDraft;
	}

	public void setConfirmDraft(boolean confirmDraft) {
		this.confirmDraft = confirmDraft;
	}

}
