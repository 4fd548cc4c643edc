package org.chartfolio.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.chartfolio.system.ChunkedRead;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded Leap2A files waiting between the preview and the import (table
 * {@code leap2a_upload}, migration V60): in PostgreSQL, so that any instance finds them
 * and a restart loses nothing, and never in the session. Found only by their uploader for
 * the portfolio they were uploaded to, and only until they expire; read back in chunks,
 * never whole.
 */
@Component
@RequiredArgsConstructor
class Leap2aUploads {

	private static final int CHUNK_SIZE = 1024 * 1024;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	record Stored(UUID id, String fileName, long size) {
	}

	UUID store(long portfolioId, long ownerId, String fileName, Path file, Instant now, Instant expires) {
		UUID id = UUID.randomUUID();
		try (InputStream in = Files.newInputStream(file)) {
			long size = Files.size(file);
			this.jdbcTemplate.update("""
					insert into leap2a_upload (id, portfolio_id, owner_id, file_name, size_bytes, content,
					                           created_at, expires_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)""", (statement) -> {
				statement.setObject(1, id);
				statement.setLong(2, portfolioId);
				statement.setLong(3, ownerId);
				statement.setString(4, fileName);
				statement.setLong(5, size);
				statement.setBinaryStream(6, in, size);
				statement.setTimestamp(7, Timestamp.from(now));
				statement.setTimestamp(8, Timestamp.from(expires));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return id;
	}

	Optional<Stored> find(UUID id, long portfolioId, long ownerId, Instant now) {
		return this.jdbc.sql("""
				select id, file_name, size_bytes from leap2a_upload
				where id = ? and portfolio_id = ? and owner_id = ? and expires_at > ?""")
			.params(id, portfolioId, ownerId, Timestamp.from(now))
			.query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getLong("size_bytes")))
			.optional();
	}

	/** Writes the stored bytes to {@code target}, a chunk at a time. */
	void copyTo(Stored stored, Path target) {
		try (InputStream in = new ChunkedRead(stored.size(), CHUNK_SIZE, (from, size) -> this.jdbc
			// substring() counts from 1.
			.sql("select substring(content from ? for ?) from leap2a_upload where id = ?")
			.params(Math.toIntExact(from + 1), size, stored.id())
			.query(byte[].class)
			.optional(), () -> "Upload " + stored.id() + " went away")) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from leap2a_upload where id = ?").param(id).update();
	}

	int deleteExpired(Instant now) {
		return this.jdbc.sql("delete from leap2a_upload where expires_at <= ?").param(Timestamp.from(now)).update();
	}

}
