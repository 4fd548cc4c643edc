package org.chartfolio.readiness;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceService;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioMemberships;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.portfolio.PortfolioService;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.Fixtures;
import org.chartfolio.support.Scene;
import org.chartfolio.writing.WritingService;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

/**
 * Portfolios with statements and evidence for the readiness tests, made through the app's
 * services.
 */
@Scene
class ReadinessScene {

	private final Fixtures fixtures;

	private final PortfolioService portfolios;

	private final EvidenceService evidence;

	private final WritingService writing;

	private final PortfolioMemberships memberships;

	private final JdbcClient jdbc;

	ReadinessScene(Fixtures fixtures, PortfolioService portfolios, EvidenceService evidence, WritingService writing,
			PortfolioMemberships memberships, JdbcClient jdbc) {
		this.fixtures = fixtures;
		this.portfolios = portfolios;
		this.evidence = evidence;
		this.writing = writing;
		this.memberships = memberships;
		this.jdbc = jdbc;
	}

	record Portfolio(SignedInUser candidate, long id, List<SectionView> sections) {

		SectionView section(int index) {
			return this.sections.get(index);
		}

	}

	Portfolio portfolio(String route) {
		SignedInUser candidate = this.fixtures.person("Candidate");
		long id = this.fixtures.portfolio(candidate, route);
		return new Portfolio(candidate, id, this.portfolios.view(candidate, id).sections());
	}

	/** A newly registered person of this name, who joins the portfolio in this role. */
	SignedInUser joins(Portfolio portfolio, String name, PortfolioRole role) {
		SignedInUser person = this.fixtures.person(name);
		this.memberships.join(portfolio.id(), person, role);
		return person;
	}

	EvidenceSummary item(Portfolio portfolio, String title) {
		return this.evidence.add(portfolio.candidate(), portfolio.id(), evidence(title).build());
	}

	void write(Portfolio portfolio, int section, String text) {
		long sectionId = portfolio.section(section).id();
		long version = this.writing.editor(portfolio.candidate(), portfolio.id(), sectionId).version();
		this.writing.save(portfolio.candidate(), portfolio.id(), sectionId, text, version, false);
	}

	void bin(EvidenceSummary item) {
		this.jdbc.sql("update evidence_item set deleted_at = now() where id = ?").param(item.id()).update();
	}

	static String words(int count) {
		return "word ".repeat(count).strip();
	}

}
