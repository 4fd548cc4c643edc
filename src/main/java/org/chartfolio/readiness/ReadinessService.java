package org.chartfolio.readiness;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioAccess;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.PortfolioSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence map and the readiness checks, for the candidate and their mentor: the
 * module's public face, which checks who may read the portfolio and holds the
 * transaction. The map is drawn by {@link EvidenceMaps}; the facts the checks need are
 * read once by {@link ReadinessFactsReader}, in a fixed number of queries however much
 * the portfolio holds, and each {@link ReadinessCheck} bean reads them in its order. A
 * mentor sees the same results as the candidate, without the links to pages that change
 * things.
 */
@Service
public class ReadinessService {

	private final PortfolioAccess access;

	private final EvidenceMaps maps;

	private final ReadinessFactsReader facts;

	private final List<ReadinessCheck> checks;

	private final CheckWording wording;

	ReadinessService(PortfolioAccess access, EvidenceMaps maps, ReadinessFactsReader facts, List<ReadinessCheck> checks,
			CheckWording wording) {
		this.access = access;
		this.maps = maps;
		this.facts = facts;
		this.checks = List.copyOf(checks);
		this.wording = wording;
	}

	// The evidence map

	/**
	 * A criterion's statement as a column of the map, with how many citations it holds.
	 */
	public record Column(long sectionId, String name, int total) {

		public boolean unsupported() {
			return this.total == 0;
		}

	}

	/**
	 * An evidence item as a row of the map: its citations in each column's statement, in
	 * column order.
	 */
	public record Row(EvidenceSummary item, List<Integer> counts, int total) {

		public boolean uncited() {
			return this.total == 0;
		}

	}

	public record EvidenceMap(PortfolioSummary portfolio, List<Column> columns, List<Row> rows, int total) {
	}

	@Transactional(readOnly = true)
	public EvidenceMap evidenceMap(SignedInUser user, long portfolioId) {
		return this.maps.of(user, this.access.readable(user, portfolioId));
	}

	// The readiness checks

	public enum Level {

		PASS, WARNING, FAIL

	}

	/** A page to go to, with the words of the link. */
	public record Link(String href, String label) {
	}

	/**
	 * One thing a check found. {@code href} is a page that shows it, for anybody who
	 * reads the portfolio; {@code fix} a page where the candidate puts it right, null for
	 * anybody else.
	 */
	public record Finding(String text, String href, Link fix) {
	}

	/**
	 * One check: its level, why, what it found, a page to see more ({@code see}, for
	 * every reader) and the page that fixes it ({@code fix}, for the candidate alone).
	 */
	public record Check(String id, Level level, String title, String why, List<Finding> findings, Link see, Link fix) {
	}

	public record Readiness(PortfolioSummary portfolio, List<Check> checks) {

		public long fails() {
			return this.checks.stream().filter((check) -> check.level() == Level.FAIL).count();
		}

		public long warnings() {
			return this.checks.stream().filter((check) -> check.level() == Level.WARNING).count();
		}

		public boolean allPass() {
			return this.checks.stream().allMatch((check) -> check.level() == Level.PASS);
		}

	}

	@Transactional(readOnly = true)
	public Readiness readiness(SignedInUser user, long portfolioId) {
		PortfolioRef portfolio = this.access.readable(user, portfolioId);
		// Fix links lead to pages that change the portfolio: the candidate's own, and
		// never on a submitted copy.
		boolean owner = this.access.standing(user, portfolio.id()).writable();
		ReadinessFacts facts = this.facts.read(user, portfolio);
		List<Check> results = this.checks.stream()
			.flatMap((check) -> check.check(facts).stream())
			.map((result) -> this.wording.words(result, owner))
			.toList();
		return new Readiness(facts.read().portfolio().summary(), results);
	}

}
