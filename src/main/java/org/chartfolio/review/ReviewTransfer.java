package org.chartfolio.review;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.chartfolio.system.SqlTimes.instant;
import static org.chartfolio.system.SqlTimes.timestamp;

/**
 * A portfolio's comment threads as plain data for the data export, and written back for
 * the import. Accounts differ between installations, so an author is a name and a role
 * (candidate or mentor); on import the candidate's comments become the importing
 * person's, the mentor's keep the name alone. The caller has asked PortfolioAccess first.
 */
@Service
@RequiredArgsConstructor
public class ReviewTransfer {

	public static final String CANDIDATE = "CANDIDATE";

	public static final String MENTOR = "MENTOR";

	/** The form's limit on a comment, for the import to hold an archive to it. */
	public static final int MAX_COMMENT_LENGTH = ReviewComment.MAX_LENGTH;

	private final JdbcClient jdbc;

	/** A thread on the section at {@code section} (its position in the portfolio). */
	public record ThreadData(int section, Integer quotedParagraph, String quotedText, Instant createdAt,
			Instant resolvedAt, String resolvedByName, List<CommentData> comments) {
	}

	/**
	 * {@code authorRole}: {@link #CANDIDATE} or {@link #MENTOR}; {@code imported}: the
	 * comment came in from a ZIP (so a submitted copy of an imported portfolio still says
	 * so).
	 */
	public record CommentData(String authorName, String authorRole, String body, Instant createdAt, boolean imported) {
	}

	@Transactional(readOnly = true)
	public List<ThreadData> export(long portfolioId) {
		Map<Long, List<CommentData>> comments = new LinkedHashMap<>();
		this.jdbc.sql("""
				select c.thread_id, c.author_name, c.body, c.created_at, c.imported,
				       coalesce(c.author_role,
				                case when c.author_id = p.owner_id then 'CANDIDATE' else 'MENTOR' end) as role
				from review_comment c join review_thread t on t.id = c.thread_id
				join portfolio p on p.id = t.portfolio_id
				where t.portfolio_id = ? order by c.created_at, c.id""").param(portfolioId).query((ResultSet rs) -> {
			comments.computeIfAbsent(rs.getLong("thread_id"), (k) -> new ArrayList<>())
				.add(new CommentData(rs.getString("author_name"), rs.getString("role"), rs.getString("body"),
						instant(rs, "created_at"), rs.getBoolean("imported")));
		});
		return this.jdbc.sql("""
				select t.id, s.position, t.quoted_paragraph, t.quoted_text, t.created_at, t.resolved_at,
				       t.resolved_by_name
				from review_thread t join section s on s.id = t.section_id where t.portfolio_id = ?
				order by t.created_at, t.id""")
			.param(portfolioId)
			.query((rs, n) -> new ThreadData(rs.getInt("position"), (Integer) rs.getObject("quoted_paragraph"),
					rs.getString("quoted_text"), instant(rs, "created_at"), instant(rs, "resolved_at"),
					rs.getString("resolved_by_name"), comments.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void restore(long portfolioId, long ownerId, Map<Integer, Long> sectionIds, List<ThreadData> threads) {
		restore(portfolioId, ownerId, sectionIds, threads, false);
	}

	/**
	 * As {@link #restore(long, long, Map, List)}, for an import from a ZIP: every comment
	 * is kept as imported history, its words readable, its author a name and role as
	 * text.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreImported(long portfolioId, long ownerId, Map<Integer, Long> sectionIds,
			List<ThreadData> threads) {
		restore(portfolioId, ownerId, sectionIds, threads, true);
	}

	private void restore(long portfolioId, long ownerId, Map<Integer, Long> sectionIds, List<ThreadData> threads,
			boolean imported) {
		for (ThreadData thread : threads) {
			Long sectionId = sectionIds.get(thread.section());
			if (sectionId == null) {
				throw new IllegalArgumentException("No section " + thread.section());
			}
			long id = this.jdbc.sql("""
					insert into review_thread (portfolio_id, section_id, quoted_paragraph, quoted_text, created_at,
					                           resolved_at, resolved_by_name)
					values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(portfolioId, sectionId, thread.quotedParagraph(), thread.quotedText(),
						timestamp(thread.createdAt()), timestamp(thread.resolvedAt()), thread.resolvedByName())
				.query(Long.class)
				.single();
			for (CommentData comment : thread.comments()) {
				boolean candidate = CANDIDATE.equals(comment.authorRole());
				if (!candidate && !MENTOR.equals(comment.authorRole())) {
					throw new IllegalArgumentException("No role " + comment.authorRole());
				}
				this.jdbc.sql("""
						insert into review_comment (thread_id, author_id, author_name, author_role, body,
						                            created_at, imported)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(id, candidate ? ownerId : null, comment.authorName(), comment.authorRole(), comment.body(),
							timestamp(comment.createdAt()), imported || comment.imported())
					.update();
			}
		}
	}

}
