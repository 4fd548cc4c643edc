package org.chartfolio.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The portfolio's navigation, grouped as a candidate works through it (write, gather
 * evidence, plan, meet, submit, and the rest), with the page the request is on marked.
 * Built in Java once per page rather than spelled out link by link in the template, so
 * that every page marks the right item: the item whose page this is is the current page;
 * a page beneath an item (one evidence item, a goal's edit form) marks that item as where
 * the person is; a statement and its editor, review and revisions mark the Write group,
 * since no item of the nav is their page.
 * <p>
 * Quick capture, the bin and people are the candidate's own; a mentor does not see them,
 * and nobody sees them on a submitted copy. A line manager, who reads only the progress
 * pages, gets no nav.
 */
public final class PortfolioNav {

	/** Where the request stands against one item or group. */
	public enum Current {

		/** The item is this page: {@code aria-current="page"}. */
		PAGE,

		/**
		 * This page lies beneath the item, or in the group: marked, but not as the page
		 * itself.
		 */
		WITHIN,

		NO;

		public boolean page() {
			return this == PAGE;
		}

		public boolean marked() {
			return this != NO;
		}

	}

	/**
	 * One link: its label's message key, its address, and whether the request is on it.
	 */
	public record Item(String messageKey, String href, Current current) {
	}

	/** A labelled group of links. */
	public record Group(String messageKey, List<Item> items, Current current) {
	}

	private record Entry(String messageKey, String path, Predicate<Standing> shown) {
	}

	private record Section(String messageKey, List<String> alsoUnder, List<Entry> entries) {
	}

	private static final Predicate<Standing> EVERYONE = (standing) -> true;

	private static final List<Section> SECTIONS = List.of(
			new Section("portfolioNav.group.write", List.of("/sections"),
					List.of(new Entry("portfolioNav.overview", "", EVERYONE),
							new Entry("portfolioNav.progress", "/progress", EVERYONE))),
			new Section("portfolioNav.group.evidence", List.of(),
					List.of(new Entry("portfolioNav.evidence", "/evidence", EVERYONE),
							new Entry("portfolioNav.capture", "/evidence/capture", Standing::writable),
							new Entry("portfolioNav.evidenceMap", "/evidence-map", EVERYONE))),
			new Section("portfolioNav.group.plan", List.of("/cpd"),
					List.of(new Entry("portfolioNav.plan", "/plan", EVERYONE),
							new Entry("portfolioNav.pksb", "/pksb", EVERYONE))),
			new Section("portfolioNav.group.meet", List.of(),
					List.of(new Entry("portfolioNav.meetings", "/meetings", EVERYONE))),
			new Section("portfolioNav.group.submit",
					List.of("/glossary", "/signoffs", "/assessors", "/outcome", "/changes"),
					List.of(new Entry("portfolioNav.readiness", "/readiness", EVERYONE),
							new Entry("portfolioNav.export", "/export", EVERYONE))),
			new Section("portfolioNav.group.more", List.of(),
					List.of(new Entry("portfolioNav.search", "/search", EVERYONE),
							new Entry("archive.nav", "/archive", Standing::candidate),
							new Entry("portfolioNav.bin", "/bin", Standing::writable),
							new Entry("portfolioNav.people", "/people", Standing::writable))));

	private PortfolioNav() {
	}

	/**
	 * The nav for this person on this page, or an empty list for a line manager.
	 * @param standing how the person stands to the portfolio
	 * @param path the request's path within the portfolio, after {@code /portfolios/{id}}
	 * ("" for the overview)
	 */
	public static List<Group> of(Standing standing, String path) {
		if (standing.lineManager()) {
			return List.of();
		}
		String base = "/portfolios/" + standing.portfolioId();
		String best = bestMatch(standing, path);
		List<Group> groups = new ArrayList<>();
		for (Section section : SECTIONS) {
			List<Item> items = new ArrayList<>();
			Current group = under(path, section.alsoUnder()) ? Current.WITHIN : Current.NO;
			for (Entry entry : section.entries()) {
				if (!entry.shown().test(standing)) {
					continue;
				}
				Current current = !entry.path().equals(best) ? Current.NO
						: path.equals(entry.path()) ? Current.PAGE : Current.WITHIN;
				if (current.marked()) {
					group = Current.WITHIN;
				}
				items.add(new Item(entry.messageKey(), base + entry.path(), current));
			}
			groups.add(new Group(section.messageKey(), List.copyOf(items), group));
		}
		return List.copyOf(groups);
	}

	/**
	 * The shown item's path that is this page or holds it, the longest if several do (""
	 * only for itself).
	 */
	private static String bestMatch(Standing standing, String path) {
		String best = null;
		for (Section section : SECTIONS) {
			for (Entry entry : section.entries()) {
				String itemPath = entry.path();
				boolean holds = path.equals(itemPath) || (!itemPath.isEmpty() && path.startsWith(itemPath + "/"));
				if (holds && entry.shown().test(standing) && (best == null || itemPath.length() > best.length())) {
					best = itemPath;
				}
			}
		}
		return best;
	}

	private static boolean under(String path, List<String> prefixes) {
		return prefixes.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
	}

}
