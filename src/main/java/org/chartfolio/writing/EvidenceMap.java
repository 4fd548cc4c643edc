package org.chartfolio.writing;

import java.util.List;

import org.chartfolio.writing.WritingService.ExportedCitation;
import org.chartfolio.writing.WritingService.ExportedPart;

/**
 * The evidence map of a document that holds the whole portfolio (the submission PDF, the
 * assessors' web edition): a row per evidence item, a column per criterion that has a
 * statement, each cell how many paragraphs of that statement cite the item. A document
 * implements it over its own items, so that every document counts the same way.
 *
 * @param <I> the document's evidence item
 */
public interface EvidenceMap<I extends EvidenceMap.CitedItem> {

	/** The statements that have text, in the portfolio's order. */
	List<ExportedPart> statements();

	List<I> items();

	/** The criteria that have a statement, in order: the columns of the evidence map. */
	default List<ExportedPart> criteria() {
		return statements().stream().filter((part) -> part.criterion() != null).toList();
	}

	/**
	 * How many citations of evidence the statement under {@code criterion} makes: a
	 * column's total.
	 */
	default long citationsUnder(Integer criterion) {
		return items().stream().mapToLong((item) -> item.citedUnder(criterion)).sum();
	}

	/**
	 * An evidence item as a whole-portfolio document shows it, with the paragraphs that
	 * cite it: a row of the map.
	 */
	interface CitedItem {

		int number();

		List<ExportedCitation> citations();

		default String label() {
			return "E" + number();
		}

		/**
		 * The item's id in the document, which each citation in
		 * {@link ExportedPart#html()} links to.
		 */
		default String anchor() {
			return "evidence-" + number();
		}

		/**
		 * How many paragraphs of the criteria's statements cite this item: its row's
		 * total in the map.
		 */
		default long citedUnderCriteria() {
			return citations().stream().filter((citation) -> citation.criterion() != null).count();
		}

		/**
		 * How many paragraphs of the statement under criterion {@code criterion} cite
		 * this item.
		 */
		default long citedUnder(Integer criterion) {
			return citations().stream().filter((citation) -> criterion.equals(citation.criterion())).count();
		}

	}

}
