package org.chartfolio.evidence;

/** A file as lists and pages show it. */
record EvidenceFileView(long id, long evidenceId, String name, String contentType, long size, boolean hasThumbnail) {

	public boolean isImage() {
		return this.contentType.startsWith("image/");
	}

	/** The size as people read it: 812 bytes, 14 KB, 3.2 MB. */
	public String readableSize() {
		return readable(this.size);
	}

	static String readable(long size) {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return Math.round(size / 1024.0) + " KB";
		}
		return String.format(java.util.Locale.UK, "%.1f MB", size / (1024.0 * 1024.0));
	}

}
