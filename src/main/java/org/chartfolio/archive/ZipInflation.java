package org.chartfolio.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

import org.chartfolio.system.Refusal;

/**
 * What one uploaded ZIP's entries inflate to, counted as they are read, for the portfolio
 * import and the Leap2A import alike: a ZIP bomb is refused when everything inflated
 * passes the total limit, or when an entry or the whole archive inflates beyond the
 * allowed ratio to its compressed size (ratios count only past a floor, so small files
 * compressing well are fine).
 */
final class ZipInflation {

	private static final long RATIO_FLOOR = 1024 * 1024;

	private static final int BUFFER = 64 * 1024;

	private final ArchiveLimits limits;

	private final long archiveSize;

	private long total;

	ZipInflation(ArchiveLimits limits, long archiveSize) {
		this.limits = limits;
		this.archiveSize = archiveSize;
	}

	/**
	 * Adds {@code n} bytes just inflated (of {@code read} so far from {@code entry}) and
	 * refuses a bomb.
	 */
	void counted(ZipEntry entry, long read, int n) {
		this.total += n;
		if (this.total > this.limits.maxTotalSize()) {
			throw new Refusal("archive.import.bomb");
		}
		if (read > RATIO_FLOOR && read > (long) this.limits.maxRatio() * Math.max(1, entry.getCompressedSize())) {
			throw new Refusal("archive.import.bomb");
		}
		if (this.total > RATIO_FLOOR && this.total > (long) this.limits.maxRatio() * this.archiveSize) {
			throw new Refusal("archive.import.bomb");
		}
	}

	/**
	 * The entry as it inflates, counted; one byte past {@code limit} refuses the import
	 * with the message {@code tooLargeKey}, so a parser reading it never sees more than
	 * the limit.
	 */
	InputStream counting(InputStream in, ZipEntry entry, long limit, String tooLargeKey) {
		return new Counted(in, entry, limit, tooLargeKey);
	}

	/** Never lets more than {@code limit} bytes through, whatever the entry holds. */
	static InputStream bounded(InputStream in, long limit) {
		return new Bounded(in, limit);
	}

	private final class Counted extends FilterInputStream {

		private final ZipEntry entry;

		private final long limit;

		private final String tooLargeKey;

		private long read;

		Counted(InputStream in, ZipEntry entry, long limit, String tooLargeKey) {
			super(in);
			this.entry = entry;
			this.limit = limit;
			this.tooLargeKey = tooLargeKey;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int n = read(one, 0, 1);
			return (n <= 0) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			int n;
			try {
				n = super.read(buffer, off, len);
			}
			catch (ZipException ex) {
				throw new Refusal("archive.import.damaged", this.entry.getName());
			}
			if (n > 0) {
				this.read += n;
				if (this.read > this.limit) {
					throw new Refusal(this.tooLargeKey);
				}
				counted(this.entry, this.read, n);
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(1, n))];
			int got = read(buffer, 0, buffer.length);
			return Math.max(0, got);
		}

	}

	private static final class Bounded extends FilterInputStream {

		private long left;

		Bounded(InputStream in, long limit) {
			super(in);
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			if (this.left <= 0) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				this.left--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			if (this.left <= 0) {
				return -1;
			}
			int n = super.read(buffer, off, (int) Math.min(len, this.left));
			if (n > 0) {
				this.left -= n;
			}
			return n;
		}

	}

}
