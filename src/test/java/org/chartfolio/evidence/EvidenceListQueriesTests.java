package org.chartfolio.evidence;

import java.util.List;

import org.chartfolio.account.SignedInUser;
import org.chartfolio.support.IntegrationTest;
import org.chartfolio.support.PortfolioScene;
import org.chartfolio.support.PortfolioScene.Portfolio;
import org.chartfolio.support.QueryCounter;
import org.chartfolio.support.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chartfolio.support.EvidenceDetailsBuilder.evidence;

/**
 * The list costs the same number of statements for 2 items as for 60 with tags and files.
 */
@IntegrationTest
class EvidenceListQueriesTests {

	@Autowired
	private PortfolioScene scene;

	@Autowired
	private EvidencePages evidence;

	@Autowired
	private EvidenceEditing editing;

	@Autowired
	private org.chartfolio.support.Fixtures fixtures;

	@Autowired
	private QueryCounter queries;

	@Test
	void theListNeedsAFixedNumberOfQueries() throws Exception {
		Portfolio p = this.scene.candidate("Many Items").portfolio("certification");
		long large = this.fixtures.portfolio(p.candidate(), "chartership");
		fill(p.candidate(), p.id(), 2);
		fill(p.candidate(), large, 60);

		int forSmall = statementsFor(() -> this.evidence.page(p.candidate(), p.id(), filter(), 0));
		int forLarge = statementsFor(() -> this.evidence.page(p.candidate(), large, filter(), 0));
		int forLargeTagged = statementsFor(() -> this.evidence.page(p.candidate(), large,
				new EvidenceViews.Filter(null, "tag 1", false, null), 0));

		assertThat(this.evidence.page(p.candidate(), large, filter(), 0).items()).hasSize(50)
			.allSatisfy((item) -> assertThat(item.files()).hasSize(1));
		assertThat(forLarge).isEqualTo(forSmall);
		assertThat(forLargeTagged).isEqualTo(forSmall);
	}

	private void fill(SignedInUser candidate, long portfolio, int count) {
		byte[] png = TestFiles.png(40, 30);
		for (int i = 0; i < count; i++) {
			this.editing.create(candidate, portfolio,
					evidence("Item " + i).kind(EvidenceKind.PHOTO).tags("tag " + (i % 3), "common").build(),
					List.of(new Upload("p" + i + ".png", png.length, new ByteArrayResource(png))));
		}
	}

	private static EvidenceViews.Filter filter() {
		return new EvidenceViews.Filter(null, null, false, null);
	}

	private int statementsFor(QueryCounter.Action action) throws Exception {
		return (int) this.queries.count(action);
	}

}
