package org.chartfolio.evidence;

/**
 * What sort of thing an evidence item is; its label is the message
 * {@code evidence.kind.<NAME>}.
 */
public enum EvidenceKind {

	DOCUMENT, PHOTO, CERTIFICATE, MINUTES, FEEDBACK, WEB_PAGE, NOTE;

	public String messageKey() {
		return "evidence.kind." + name();
	}

}
