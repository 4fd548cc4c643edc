package org.chartfolio.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import lombok.AccessLevel;
import lombok.Getter;
import org.chartfolio.system.Refusal;
import org.chartfolio.system.VersionedEntity;

/**
 * A candidate's request that a mentor take on one of their portfolios. Open until the
 * mentor accepts or declines it or the candidate withdraws it; once closed it never opens
 * again.
 */
@Entity
@Table(name = "mentor_request")
@Getter(AccessLevel.PACKAGE)
class MentorRequest extends VersionedEntity {

	static final int MAX_MESSAGE = 2000;

	enum Status {

		OPEN, ACCEPTED, DECLINED, WITHDRAWN;

		public String messageKey() {
			return "directory.request.status." + name();
		}

	}

	@Column(updatable = false)
	private long portfolioId;

	@Column(updatable = false)
	private String portfolioTitle;

	@Column(updatable = false)
	private long candidateId;

	@Column(updatable = false)
	private String candidateName;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Sector candidateSector;

	@Column(updatable = false)
	private long mentorId;

	@Column(updatable = false)
	private String mentorName;

	@Column(updatable = false)
	private long cvEvidenceId;

	@Column(updatable = false)
	private String message;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(updatable = false)
	private Instant sentAt;

	private Instant answeredAt;

	protected MentorRequest() {
	}

	MentorRequest(long portfolioId, String portfolioTitle, long candidateId, String candidateName,
			Sector candidateSector, long mentorId, String mentorName, long cvEvidenceId, String message, Instant now) {
		if (candidateId == mentorId) {
			throw new Refusal("directory.request.self");
		}
		String text = (message != null) ? message.strip() : "";
		if (text.isEmpty() || text.length() > MAX_MESSAGE) {
			throw new IllegalArgumentException("A message has 1 to 2000 characters");
		}
		this.portfolioId = portfolioId;
		this.portfolioTitle = portfolioTitle;
		this.candidateId = candidateId;
		this.candidateName = candidateName;
		this.candidateSector = candidateSector;
		this.mentorId = mentorId;
		this.mentorName = mentorName;
		this.cvEvidenceId = cvEvidenceId;
		this.message = text;
		this.status = Status.OPEN;
		this.sentAt = now;
	}

	/** Only the mentor it is addressed to answers, and only while it is open. */
	void accept(long accountId, Instant now) {
		answer(accountId, Status.ACCEPTED, now);
	}

	void decline(long accountId, Instant now) {
		answer(accountId, Status.DECLINED, now);
	}

	/** Only its candidate withdraws it, and only while it is open. */
	void withdraw(long accountId, Instant now) {
		if (accountId != this.candidateId) {
			throw new IllegalStateException("Only the candidate withdraws a request");
		}
		close(Status.WITHDRAWN, now);
	}

	private void answer(long accountId, Status answer, Instant now) {
		if (accountId != this.mentorId) {
			throw new IllegalStateException("Only the mentor asked answers a request");
		}
		close(answer, now);
	}

	private void close(Status newStatus, Instant now) {
		if (this.status != Status.OPEN) {
			throw new Refusal("directory.request.closed");
		}
		this.status = newStatus;
		this.answeredAt = now;
	}

	boolean isOpen() {
		return this.status == Status.OPEN;
	}

	boolean concerns(long accountId) {
		return accountId == this.candidateId || accountId == this.mentorId;
	}

}
