package org.chartfolio.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A large value read a chunk at a time, each chunk one short query (for a {@code bytea}
 * column: {@code select substring(content from ? for ?) ...}), so the whole value is
 * never in memory.
 */
public final class ChunkedRead extends InputStream {

	/**
	 * The chunk of {@code size} bytes from {@code from} (counted from 0), or empty once
	 * the row is gone.
	 */
	@FunctionalInterface
	public interface Chunks {

		Optional<byte[]> read(long from, int size);

	}

	private final long length;

	private final int chunkSize;

	private final Chunks chunks;

	private final Supplier<String> gone;

	private long position;

	private byte[] chunk = new byte[0];

	private int offset;

	/** {@code gone} says what went away, should the row be deleted while it is read. */
	public ChunkedRead(long length, int chunkSize, Chunks chunks, Supplier<String> gone) {
		this.length = length;
		this.chunkSize = chunkSize;
		this.chunks = chunks;
		this.gone = gone;
	}

	@Override
	public int read() {
		if (!fill()) {
			return -1;
		}
		return this.chunk[this.offset++] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int off, int len) {
		if (len == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int n = Math.min(len, this.chunk.length - this.offset);
		System.arraycopy(this.chunk, this.offset, buffer, off, n);
		this.offset += n;
		return n;
	}

	private boolean fill() {
		if (this.offset < this.chunk.length) {
			return true;
		}
		if (this.position >= this.length) {
			return false;
		}
		byte[] next = this.chunks.read(this.position, this.chunkSize)
			.orElseThrow(() -> new UncheckedIOException(new IOException(this.gone.get())));
		if (next.length == 0) {
			return false;
		}
		this.chunk = next;
		this.offset = 0;
		this.position += next.length;
		return true;
	}

}
