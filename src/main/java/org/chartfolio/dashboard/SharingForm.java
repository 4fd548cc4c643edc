package org.chartfolio.dashboard;

/** Whether the candidate wants a section shared with their line manager or not. */
class SharingForm {

	private boolean shared;

	public boolean isShared() {
		return this.shared;
	}

	public void setShared(boolean shared) {
		this.shared = shared;
	}

}
