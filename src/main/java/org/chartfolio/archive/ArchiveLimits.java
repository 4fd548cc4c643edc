package org.chartfolio.archive;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What an import accepts, so that a hostile ZIP cannot fill the disk, the memory or the
 * database: each file no larger than an evidence upload may be, the JSON, all entries
 * together and their number capped, and the compression ratio too. Sizes are counted as
 * bytes are inflated, never taken from the ZIP's headers.
 */
@Component
class ArchiveLimits {

	private final long maxFileSize;

	private final long maxJsonSize;

	private final long maxTotalSize;

	private final int maxEntries;

	private final int maxRatio;

	private final long maxJsonTokens;

	ArchiveLimits(@Value("${chartfolio.evidence.max-file-size:25MB}") DataSize maxFileSize,
			@Value("${chartfolio.archive.max-json-size:32MB}") DataSize maxJsonSize,
			@Value("${chartfolio.archive.max-total-size:2GB}") DataSize maxTotalSize,
			@Value("${chartfolio.archive.max-entries:5000}") int maxEntries,
			@Value("${chartfolio.archive.max-ratio:100}") int maxRatio,
			@Value("${chartfolio.archive.max-json-tokens:4000000}") long maxJsonTokens) {
		this.maxFileSize = maxFileSize.toBytes();
		this.maxJsonSize = maxJsonSize.toBytes();
		this.maxTotalSize = maxTotalSize.toBytes();
		this.maxEntries = maxEntries;
		this.maxRatio = maxRatio;
		this.maxJsonTokens = maxJsonTokens;
	}

	/**
	 * How many JSON values (each string, number, name and bracket) {@code portfolio.json}
	 * may hold: with the size limit this bounds the memory its records take, however
	 * small each value is.
	 */
	long maxJsonTokens() {
		return this.maxJsonTokens;
	}

	long maxFileSize() {
		return this.maxFileSize;
	}

	long maxJsonSize() {
		return this.maxJsonSize;
	}

	long maxTotalSize() {
		return this.maxTotalSize;
	}

	int maxEntries() {
		return this.maxEntries;
	}

	int maxRatio() {
		return this.maxRatio;
	}

}
