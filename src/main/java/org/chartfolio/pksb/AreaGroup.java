package org.chartfolio.pksb;

/**
 * The four parts of the PKSB wheel; the label is the message {@code pksb.group.<NAME>}.
 */
public enum AreaGroup {

	CORE, EXPERTISE, GENERIC, CONTEXT;

	public String messageKey() {
		return "pksb.group." + name();
	}

}
