package org.chartfolio.directory;

/** The nations and English regions of the UK, as mentors say where they can meet. */
public enum Region {

	EAST_MIDLANDS, EAST_OF_ENGLAND, LONDON, NORTH_EAST, NORTH_WEST, NORTHERN_IRELAND, SCOTLAND, SOUTH_EAST, SOUTH_WEST,
	WALES, WEST_MIDLANDS, YORKSHIRE_AND_THE_HUMBER;

	public String messageKey() {
		return "directory.region." + name();
	}

}
