package org.chartfolio.dashboard;

import lombok.Getter;
import lombok.Setter;

/** Whether the candidate wants a section shared with their line manager or not. */
@Getter
@Setter
class SharingForm {

	private boolean shared;

}
