package org.chartfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * Run in a JVM of its own with a heap far smaller than the file (see S3FileStoreTests):
 * stores a generated file of the given size through {@link S3FileStore}, reads it back
 * and prints both digests. A store that held a whole file in memory dies here with an
 * OutOfMemoryError. Arguments: endpoint, bucket, access key, secret key, size in bytes,
 * the server's certificate (PEM).
 */
final class S3StreamingProbe {

	private S3StreamingProbe() {
	}

	public static void main(String[] args) throws Exception {
		long size = Long.parseLong(args[4]);
		try (S3Client client = S3FileStoreConfiguration
			.client(new S3FileStoreConfiguration.Settings(args[0], "us-east-1", args[2], args[3], true, args[5]))) {
			S3FileStore store = new S3FileStore(client, args[1], "probe/");
			String key = "large-" + System.nanoTime();
			MessageDigest written = MessageDigest.getInstance("SHA-256");
			store.put(key, new Generated(size, written), size);
			MessageDigest read = MessageDigest.getInstance("SHA-256");
			long count = 0;
			try (InputStream in = store.open(key).orElseThrow()) {
				byte[] buffer = new byte[64 * 1024];
				for (int n; (n = in.read(buffer)) != -1;) {
					read.update(buffer, 0, n);
					count += n;
				}
			}
			store.delete(key);
			System.out.println("written " + size + " " + HexFormat.of().formatHex(written.digest()));
			System.out.println("read " + count + " " + HexFormat.of().formatHex(read.digest()));
			System.out.println("gone " + store.open(key).isEmpty());
			System.out.println("max heap " + Runtime.getRuntime().maxMemory());
		}
	}

	/** Bytes made as they are read, never all at once, digested on the way. */
	private static final class Generated extends InputStream {

		private final long size;

		private final MessageDigest digest;

		private long position;

		Generated(long size, MessageDigest digest) {
			this.size = size;
			this.digest = digest;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int off, int len) {
			if (this.position >= this.size) {
				return -1;
			}
			int n = (int) Math.min(len, this.size - this.position);
			for (int i = 0; i < n; i++) {
				long p = this.position + i;
				buffer[off + i] = (byte) (p * 31 + (p >>> 11));
			}
			this.digest.update(buffer, off, n);
			this.position += n;
			return n;
		}

	}

}
