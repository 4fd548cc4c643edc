package org.chartfolio.readiness;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioRole;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.Scene;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

/**
 * Portfolios with statements and evidence for the readiness tests, made through the app's
 * services.
 */
@Scene
class ReadinessScene {

	private final PortfolioScene scene;

	private final JdbcClient jdbc;

	ReadinessScene(PortfolioScene scene, JdbcClient jdbc) {
		this.scene = scene;
		this.jdbc = jdbc;
	}

	/** A candidate's portfolio on this route, with nobody on it but the candidate. */
	Portfolio portfolio(String route) {
		return this.scene.candidate("Candidate").portfolio(route);
	}

	/** A newly registered person of this name, who joins the portfolio in this role. */
	SignedInUser joins(Portfolio portfolio, String name, PortfolioRole role) {
		SignedInUser person = this.scene.person(name);
		this.scene.join(portfolio, person, role);
		return person;
	}

	EvidenceSummary item(Portfolio portfolio, String title) {
		return this.scene.evidence(portfolio, evidence(title));
	}

	void write(Portfolio portfolio, int section, String text) {
		this.scene.rewrite(portfolio, portfolio.section(section).id(), text);
	}

	void bin(EvidenceSummary item) {
		this.jdbc.sql("update evidence_item set deleted_at = now() where id = ?").param(item.id()).update();
	}

	static String words(int count) {
		return "word ".repeat(count).strip();
	}

}
