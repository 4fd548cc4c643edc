package org.chartfolio.evidence;

import java.io.InputStream;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.ChunkedRead;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The default {@link FileStore}: contents as {@code bytea} in {@code file_content}, in
 * the same database and so in the same transaction as the item and its file rows. Writing
 * streams the upload into the statement ({@code setBinaryStream} with a length); reading
 * fetches one chunk at a time with {@code substring()}, so neither needs the whole file
 * in memory. The other choice, {@code chartfolio.files.store=s3}, is {@link S3FileStore}.
 */
@Component
@ConditionalOnProperty(name = "chartfolio.files.store", havingValue = "postgres", matchIfMissing = true)
@RequiredArgsConstructor
class PostgresFileStore implements FileStore {

	static final int CHUNK_SIZE = 256 * 1024;

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbc;

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
			.map((length) -> new ChunkedRead(length, CHUNK_SIZE, (from, size) -> this.jdbc
				// substring() counts from 1.
				.sql("select substring(content from ? for ?) from file_content where content_key = ?")
				.params(Math.toIntExact(from + 1), size, key)
				.query(byte[].class)
				.optional(), () -> "File " + key + " went away"));
	}

	@Override
	public void delete(String key) {
		this.jdbc.sql("delete from file_content where content_key = ?").param(key).update();
	}

}
