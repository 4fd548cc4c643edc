package org.chartfolio.evidence;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.portfolio.PortfolioNotFoundException;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

@IntegrationTest
class EvidenceServiceTests {

	@Autowired
	private EvidenceService evidence;

	@Autowired
	private EvidenceReading reading;

	@Autowired
	private EvidenceItems items;

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void numbersItemsPerPortfolioAndNeverGivesANumberTwice() {
		Portfolio p = this.scene.candidate("Lisa Marsh").portfolio("certification");
		long second = this.scene.portfolio(p.candidate(), "chartership");

		EvidenceSummary photo = this.evidence.add(p.candidate(), p.id(),
				details("Photo of the summer reading display"));
		EvidenceSummary minutes = this.evidence.add(p.candidate(), p.id(), details("Minutes of the CDG committee"));
		EvidenceSummary other = this.evidence.add(p.candidate(), second, details("First Aid certificate"));
		assertThat(List.of(photo.label(), minutes.label(), other.label())).containsExactly("E1", "E2", "E1");

		EvidenceItem binned = this.items.findById(minutes.id()).orElseThrow();
		binned.moveToBin(java.time.Instant.now());
		this.items.save(binned);
		EvidenceSummary next = this.evidence.add(p.candidate(), p.id(), details("Feedback from a reader"));

		assertThat(next.number()).isEqualTo(3);
		assertThat(this.reading.list(p.candidate(), p.id())).extracting(EvidenceSummary::label)
			.containsExactly("E1", "E3");
		assertThat(this.reading.byNumbers(p.candidate(), p.id(), List.of(1, 2, 3, 9)).keySet())
			.containsExactlyInAnyOrder(1, 3);
	}

	@Test
	void keepsTagsNormalised() {
		Portfolio p = this.scene.candidate("Tag Person").portfolio("certification");
		EvidenceSummary item = this.evidence.add(p.candidate(), p.id(),
				evidence("Display").kind(EvidenceKind.PHOTO).link("").tags(" Reader Development ", "displays").build());

		assertThat(this.jdbc.sql("select tag from evidence_tag where evidence_id = ?")
			.param(item.id())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("reader development", "displays");
	}

	@Test
	void nobodyElseCanAddToOrReadAPortfolio() {
		SignedInUser stranger = this.scene.person("Stranger");
		Portfolio p = this.scene.candidate("Owner").portfolio("certification");

		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.evidence.add(stranger, p.id(), details("Sneaky")));
		assertThatExceptionOfType(PortfolioNotFoundException.class)
			.isThrownBy(() -> this.reading.list(stranger, p.id()));
	}

	private static EvidenceService.EvidenceDetails details(String title) {
		return evidence(title).build();
	}

}
