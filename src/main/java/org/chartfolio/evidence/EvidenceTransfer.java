package org.chartfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.chartfolio.system.SqlTimes.instant;
import static org.chartfolio.system.SqlTimes.timestamp;

/**
 * A portfolio's evidence items, binned ones included, with their tags and files, as plain
 * data for the data export, and written back exactly (same numbers, dates and bytes) for
 * the import. File contents are streamed, never held whole. The caller has asked
 * PortfolioAccess first.
 */
@Service
@RequiredArgsConstructor
public class EvidenceTransfer {

	// The forms' limits, for the import to hold an archive to them.
	public static final int MAX_TITLE_LENGTH = EvidenceItem.MAX_TITLE_LENGTH;

	public static final int MAX_TEXT_LENGTH = EvidenceItem.MAX_TEXT_LENGTH;

	public static final int MAX_TAG_LENGTH = EvidenceItem.MAX_TAG_LENGTH;

	public static final int MAX_TAGS_LENGTH = EvidenceItem.MAX_TAGS_LENGTH;

	public static final int MAX_LINK_LENGTH = EvidenceItem.MAX_LINK_LENGTH;

	/**
	 * The highest evidence number an import may bring. Guidance is 15 to 20 items; this
	 * leaves room for any real portfolio, bin and all, and keeps the numbers given after
	 * it far from overflowing.
	 */
	public static final int MAX_IMPORTED_NUMBER = 10_000;

	private final JdbcClient jdbc;

	private final FileStore store;

	private final FileIntake intake;

	/**
	 * {@code lastNumber}: the highest number ever given, so that a deleted item's number
	 * stays unused.
	 */
	public record EvidenceData(int lastNumber, List<ItemData> items) {
	}

	/**
	 * An item; {@code reflection} is what it shows, {@code deletedAt} set while it is in
	 * the bin.
	 */
	public record ItemData(int number, String kind, String title, LocalDate activityDate, String description,
			String reflection, List<String> tags, String link, Instant createdAt, Instant updatedAt, Instant deletedAt,
			List<FileData> files) {
	}

	/**
	 * A file; {@code id} is this installation's, for {@link #open}, and means nothing
	 * elsewhere.
	 */
	public record FileData(long id, String name, String contentType, long size, String sha256, Instant createdAt) {
	}

	/**
	 * Where an import finds the contents of the files it declares (readable as often as
	 * needed).
	 */
	public interface FileContents {

		InputStreamSource of(ItemData item, int fileIndex);

	}

	/**
	 * The type a file to be restored has, detected from its content exactly as an
	 * upload's is (Tika, the name only refining what the content says), if the evidence
	 * locker keeps that type; empty for anything else (an HTML page or a program named
	 * .pdf), whatever type the file declares. Reads only the first bytes; the caller
	 * closes the stream.
	 */
	public Optional<String> acceptedType(InputStream content, String name) throws IOException {
		String type = this.intake.detect(content, FileNames.sanitiseName(name));
		return FileIntake.ALLOWED_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public EvidenceData export(long portfolioId) {
		int lastNumber = this.jdbc.sql("select last_number from evidence_numbering where portfolio_id = ?")
			.param(portfolioId)
			.query(Integer.class)
			.optional()
			.orElse(0);
		Map<Long, List<String>> tags = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.evidence_id, t.tag from evidence_tag t join evidence_item i on i.id = t.evidence_id
				where i.portfolio_id = ? order by t.tag""").param(portfolioId).query((ResultSet rs) -> {
			tags.computeIfAbsent(rs.getLong("evidence_id"), (k) -> new ArrayList<>()).add(rs.getString("tag"));
		});
		Map<Long, List<FileData>> files = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.id, f.evidence_id, f.original_name, f.content_type, f.size_bytes, f.sha256, f.created_at
				from evidence_file f join evidence_item i on i.id = f.evidence_id
				where i.portfolio_id = ? order by f.id""").param(portfolioId).query((ResultSet rs) -> {
			files.computeIfAbsent(rs.getLong("evidence_id"), (k) -> new ArrayList<>())
				.add(new FileData(rs.getLong("id"), rs.getString("original_name"), rs.getString("content_type"),
						rs.getLong("size_bytes"), rs.getString("sha256"), instant(rs, "created_at")));
		});
		List<ItemData> items = this.jdbc.sql("""
				select id, number, kind, title, activity_date, description, reflection, link, created_at, updated_at,
				       deleted_at
				from evidence_item where portfolio_id = ? order by number""")
			.param(portfolioId)
			.query((rs, n) -> new ItemData(rs.getInt("number"), rs.getString("kind"), rs.getString("title"),
					rs.getObject("activity_date", LocalDate.class), rs.getString("description"),
					rs.getString("reflection"), tags.getOrDefault(rs.getLong("id"), List.of()), rs.getString("link"),
					instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "deleted_at"),
					files.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		return new EvidenceData(lastNumber, items);
	}

	/**
	 * The contents of one file of the portfolio, read lazily; the caller closes the
	 * stream.
	 */
	@Transactional(readOnly = true)
	public Optional<InputStream> open(long portfolioId, long fileId) {
		return this.jdbc.sql("""
				select f.content_key from evidence_file f join evidence_item i on i.id = f.evidence_id
				where i.portfolio_id = ? and f.id = ?""")
			.params(portfolioId, fileId)
			.query(String.class)
			.optional()
			.flatMap(this.store::open);
	}

	/**
	 * Writes the items and their files into a restored portfolio, in the caller's
	 * transaction, and gives their new ids by number. The caller has checked each file's
	 * size and digest and gives the type {@link #acceptedType} detected; a kind or a file
	 * type this installation does not accept is an {@link IllegalArgumentException}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<Integer, Long> restore(long portfolioId, EvidenceData data, FileContents contents) {
		int highest = data.items().stream().mapToInt(ItemData::number).max().orElse(0);
		this.jdbc.sql("insert into evidence_numbering (portfolio_id, last_number) values (?, ?)")
			.params(portfolioId, Math.max(highest, data.lastNumber()))
			.update();
		Map<Integer, Long> ids = new LinkedHashMap<>();
		for (ItemData item : data.items()) {
			EvidenceKind.valueOf(item.kind());
			long id = this.jdbc.sql("""
					insert into evidence_item (portfolio_id, number, title, kind, activity_date, description,
					                           reflection, link, created_at, updated_at, deleted_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(portfolioId, item.number(), item.title(), item.kind(), item.activityDate(), item.description(),
						item.reflection(), item.link(), timestamp(item.createdAt()), timestamp(item.updatedAt()),
						timestamp(item.deletedAt()))
				.query(Long.class)
				.single();
			ids.put(item.number(), id);
			for (String tag : item.tags()) {
				this.jdbc.sql("insert into evidence_tag (evidence_id, tag) values (?, ?)").params(id, tag).update();
			}
			for (int i = 0; i < item.files().size(); i++) {
				restoreFile(id, item.files().get(i), contents.of(item, i));
			}
		}
		return ids;
	}

	private void restoreFile(long evidenceId, FileData file, InputStreamSource content) {
		if (!FileIntake.ALLOWED_TYPES.contains(file.contentType())) {
			throw new IllegalArgumentException("File type not accepted: " + file.contentType());
		}
		String key = UUID.randomUUID().toString();
		try (InputStream in = content.getInputStream()) {
			this.store.put(key, in, file.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] thumbnail = FileIntake.THUMBNAILED_TYPES.contains(file.contentType())
				? FileIntake.thumbnail(new Upload(file.name(), file.size(), content)) : null;
		this.jdbc.sql("""
				insert into evidence_file (evidence_id, original_name, content_type, size_bytes, sha256, content_key,
				                           thumbnail, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(evidenceId, FileNames.nameFor(FileNames.sanitiseName(file.name()), file.contentType()),
					file.contentType(), file.size(), file.sha256(), key, thumbnail, timestamp(file.createdAt()))
			.update();
	}

}
