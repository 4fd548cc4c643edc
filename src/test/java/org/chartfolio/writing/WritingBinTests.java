package org.chartfolio.writing;

import java.time.Duration;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.MutableClock;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class WritingBinTests {

	@Autowired
	private WritingService writing;

	@Autowired
	private StatementEditing editing;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private MutableClock clock;

	private SectionView statement;

	private Portfolio portfolio;

	@BeforeEach
	void writeAStatement() {
		this.portfolio = this.scene.candidate("Lisa Marsh").portfolio("certification");
		this.statement = this.scene.sections(this.portfolio).get(0);
		this.scene.write(this.portfolio, this.statement.id(), "I designed the summer reading display.");
	}

	@Test
	void deletedTextWaitsInTheBinAndComesBackWhole() {
		this.writing.clear(this.portfolio.candidate(), this.portfolio.id(), this.statement.id());

		assertThat(this.writing.wordCounts(this.portfolio.candidate(), this.portfolio.id()).get(this.statement.id()))
			.isZero();
		assertThat(this.writing.cleared(this.portfolio.candidate(), this.portfolio.id())).singleElement()
			.satisfies((cleared) -> {
				assertThat(cleared.section().id()).isEqualTo(this.statement.id());
				assertThat(cleared.words()).isEqualTo(6);
			});

		this.editing.restoreCleared(this.portfolio.candidate(), this.portfolio.id(), this.statement.id());
		assertThat(this.writing.wordCounts(this.portfolio.candidate(), this.portfolio.id()).get(this.statement.id()))
			.isEqualTo(6);
		assertThat(this.writing.cleared(this.portfolio.candidate(), this.portfolio.id())).isEmpty();
	}

	@Test
	void afterThirtyDaysTheTextIsOnlyInTheRevisions() {
		this.writing.clear(this.portfolio.candidate(), this.portfolio.id(), this.statement.id());
		this.clock.advance(Duration.ofDays(31));

		assertThat(this.writing.cleared(this.portfolio.candidate(), this.portfolio.id())).isEmpty();
		assertThatExceptionOfType(PortfolioNotFoundException.class).isThrownBy(() -> this.editing
			.restoreCleared(this.portfolio.candidate(), this.portfolio.id(), this.statement.id()));
		assertThat(this.writing.revisions(this.portfolio.candidate(), this.portfolio.id(), this.statement.id()).rows())
			.hasSize(2);
	}

	@Test
	void aStrangerCanNeitherDeleteNorRestore() {
		SignedInUser stranger = this.scene.person("Stranger");
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.writing.clear(stranger, this.portfolio.id(), this.statement.id()));
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.writing.cleared(stranger, this.portfolio.id()));
	}

}
