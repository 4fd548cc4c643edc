package org.chartfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The default {@link FileStore}: contents as {@code bytea} in {@code file_content}, in the same
 * database and so in the same transaction as the item and its file rows. Writing streams the upload
 * into the statement ({@code setBinaryStream} with a length); reading fetches one chunk at a time
 * with {@code substring()}, so neither needs the whole file in memory. The other choice,
 * {@code chartfolio.files.store=s3}, is {@link S3FileStore}.
 */
@Component
@ConditionalOnProperty(name = "chartfolio.files.store", havingValue = "postgres", matchIfMissing = true)
class PostgresFileStore implements FileStore {

	static final int CHUNK_SIZE = 256 * 1024;

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

	PostgresFileStore(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
	}

	@Override
	public void put(String key, InputStream content, long length) {
		this.jdbcTemplate.update("insert into file_content (content_key, content) values (?, ?)", (statement) -> {
			statement.setString(1, key);
			statement.setBinaryStream(2, content, length);
		});
	}

	@Override
	public Optional<InputStream> open(String key) {
		return this.jdbc.sql("select octet_length(content) from file_content where content_key = ?")
			.param(key)
			.query(Long.class)
			.optional()
			.map((length) -> new ChunkedStream(key, length));
	}

	@Override
	public void delete(String key) {
		this.jdbc.sql("delete from file_content where content_key = ?").param(key).update();
	}

	/** Reads the value {@link #CHUNK_SIZE} bytes at a time, each chunk one short query. */
	private final class ChunkedStream extends InputStream {

		private final String key;

		private final long length;

		private long position;

		private byte[] chunk = new byte[0];

		private int offset;

		ChunkedStream(String key, long length) {
			this.key = key;
			this.length = length;
		}

		@Override
		public int read() throws IOException {
			if (!fill()) {
				return -1;
			}
			return this.chunk[this.offset++] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
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

		private boolean fill() throws IOException {
			if (this.offset < this.chunk.length) {
				return true;
			}
			if (this.position >= this.length) {
				return false;
			}
			// substring() counts from 1.
			byte[] next = PostgresFileStore.this.jdbc
				.sql("select substring(content from ? for ?) from file_content where content_key = ?")
				.param(Math.toIntExact(this.position + 1))
				.param(CHUNK_SIZE)
				.param(this.key)
				.query(byte[].class)
				.optional()
				.orElseThrow(() -> new UncheckedIOException(new IOException("File " + this.key + " went away")));
			if (next.length == 0) {
				return false;
			}
			this.chunk = next;
			this.offset = 0;
			this.position += next.length;
			return true;
		}

	}

}
