package org.chartfolio.writing;

import java.time.LocalDateTime;
import java.util.List;

import org.chartfolio.account.SignedInUser;

/**
 * The comment threads of a section, shown beside its text on the section page and in the
 * editor, so that the candidate revises where the comments are. The review module keeps
 * the threads and implements this; writing only shows them. Only the candidate and the
 * mentor see comments: anybody else gets {@link Discussion#NONE}.
 */
public interface SectionDiscussion {

	/**
	 * The section's threads as the person may see them; {@link Discussion#NONE} when they
	 * may not.
	 */
	Discussion of(SignedInUser user, long portfolioId, long sectionId);

	/**
	 * One comment; {@code byCandidate} tells the candidate's comments from the mentor's.
	 */
	record Comment(String authorName, boolean byCandidate, String body, LocalDateTime at) {
	}

	/**
	 * A thread with its comments, oldest first: the paragraph (from 1) and the words it
	 * quotes when it quotes some, and the wording the mentor suggested for them, while
	 * the candidate has not answered.
	 */
	record Thread(long id, Integer quotedParagraph, String quotedText, boolean resolved, String resolvedByName,
			LocalDateTime resolvedAt, long version, boolean changesRequest, String openSuggestion,
			List<Comment> comments) {
	}

	/**
	 * The mentor's latest request for changes: who asked, when, and the summary they
	 * wrote.
	 */
	record SentBack(long threadId, String byName, LocalDateTime at, String summary) {
	}

	/**
	 * The threads (unresolved first, then oldest first) and the latest request for
	 * changes, with whether the viewer is the candidate (who may accept a suggestion) and
	 * may comment at all.
	 */
	record Discussion(boolean shown, boolean candidate, boolean changeable, List<Thread> threads,
			SentBack latestRequest) {

		public static final Discussion NONE = new Discussion(false, false, false, List.of(), null);

		public List<Thread> open() {
			return this.threads.stream().filter((thread) -> !thread.resolved()).toList();
		}

		public long resolvedCount() {
			return this.threads.stream().filter(Thread::resolved).count();
		}

	}

}
