package org.chartfolio.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where evidence items are cited. The evidence module shows it ("reciprocal links") but
 * does not own citations: the module that keeps statements implements this.
 */
public interface CitationLookup {

	/**
	 * The citations of each of the given items of one portfolio; items cited nowhere are
	 * absent.
	 */
	Map<Long, List<Citation>> citationsOf(long portfolioId, Collection<Long> evidenceIds);

	/**
	 * One place an item is cited.
	 *
	 * @param sectionId the section whose text cites it
	 * @param criterionNumber the criterion of that section, or null for a section on no
	 * criterion
	 * @param sectionTitle the section's heading as the reader sees it
	 * @param anchor the fragment id of the cited paragraph on the section page
	 * @param note what the candidate says the evidence shows there, or null
	 */
	record Citation(long sectionId, Integer criterionNumber, String sectionTitle, String anchor, String note) {
	}

}
