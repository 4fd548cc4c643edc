package org.chartfolio.export;

import lombok.Getter;
import lombok.Setter;

/**
 * The export page's form. {@code confirmDraft} is the box that says "export it as a draft
 * anyway", asked for only when readiness checks fail.
 */
@Getter
@Setter
class ExportForm {

	private boolean confirmDraft;

}
