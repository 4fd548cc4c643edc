package org.chartfolio.readiness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.chartfolio.account.SignedInUser;
import org.chartfolio.evidence.EvidenceReading;
import org.chartfolio.evidence.EvidenceSummary;
import org.chartfolio.portfolio.PortfolioRef;
import org.chartfolio.portfolio.SectionView;
import org.chartfolio.readiness.ReadinessService.Column;
import org.chartfolio.readiness.ReadinessService.EvidenceMap;
import org.chartfolio.readiness.ReadinessService.Row;
import org.chartfolio.writing.WritingService;

import org.springframework.stereotype.Component;

/**
 * The evidence map: the live evidence items against the sections whose citations count,
 * each cell how many paragraphs of the section cite the item. The caller has checked that
 * the portfolio may be read and holds the transaction.
 */
@Component
@RequiredArgsConstructor
class EvidenceMaps {

	private final PortfolioWriting writing;

	private final WritingService texts;

	private final EvidenceReading evidence;

	EvidenceMap of(SignedInUser user, PortfolioRef portfolio) {
		PortfolioWriting.Read read = this.writing.read(user, portfolio.id());
		List<EvidenceSummary> items = this.evidence.list(user, portfolio.id());
		Map<Long, Map<Long, Integer>> counts = this.texts.citationCounts(user, portfolio.id());
		// A column per criterion's statement, then the CV and the job description when
		// they cite an item.
		List<SectionView> statements = read.citing()
			.stream()
			.filter((section) -> section.isStatement() || !counts.getOrDefault(section.id(), Map.of()).isEmpty())
			.toList();
		List<Row> rows = new ArrayList<>();
		int[] columnTotals = new int[statements.size()];
		for (EvidenceSummary item : items) {
			List<Integer> cells = new ArrayList<>();
			int total = 0;
			for (int c = 0; c < statements.size(); c++) {
				int times = counts.getOrDefault(statements.get(c).id(), Map.of()).getOrDefault(item.id(), 0);
				cells.add(times);
				columnTotals[c] += times;
				total += times;
			}
			rows.add(new Row(item, List.copyOf(cells), total));
		}
		List<Column> columns = new ArrayList<>();
		int total = 0;
		for (int c = 0; c < statements.size(); c++) {
			columns.add(new Column(statements.get(c).id(), this.writing.name(statements.get(c)), columnTotals[c]));
			total += columnTotals[c];
		}
		return new EvidenceMap(read.portfolio().summary(), columns, rows, total);
	}

}
