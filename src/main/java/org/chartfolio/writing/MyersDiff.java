package org.chartfolio.writing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chartfolio.writing.WordDiff.Change;
import org.chartfolio.writing.WordDiff.Segment;

/**
 * Myers' difference of two token sequences, the tokens turned into numbers first. It
 * marks which tokens of each side belong to the common subsequence; the k-th kept token
 * of one side matches the k-th kept token of the other.
 */
final class MyersDiff {

	private final int[] a;

	private final int[] b;

	private final boolean[] keptA;

	private final boolean[] keptB;

	private long steps;

	private boolean completed;

	private MyersDiff(int[] a, int[] b) {
		this.a = a;
		this.b = b;
		this.keptA = new boolean[a.length];
		this.keptB = new boolean[b.length];
	}

	static MyersDiff of(String[] from, String[] to) {
		Map<String, Integer> ids = new HashMap<>();
		int[] a = new int[from.length];
		for (int i = 0; i < from.length; i++) {
			a[i] = ids.computeIfAbsent(from[i], (token) -> ids.size());
		}
		int[] b = new int[to.length];
		for (int j = 0; j < to.length; j++) {
			b[j] = ids.computeIfAbsent(to[j], (token) -> ids.size());
		}
		MyersDiff myers = new MyersDiff(a, b);
		myers.steps = (long) a.length + b.length;
		myers.completed = myers.diff(0, a.length, 0, b.length);
		return myers;
	}

	/**
	 * Marks the common tokens of a[aLo, aHi) and b[bLo, bHi); false when a limit was
	 * reached.
	 */
	private boolean diff(int aLo, int aHi, int bLo, int bHi) {
		while (aLo < aHi && bLo < bHi && this.a[aLo] == this.b[bLo]) {
			this.keptA[aLo++] = true;
			this.keptB[bLo++] = true;
		}
		while (aLo < aHi && bLo < bHi && this.a[aHi - 1] == this.b[bHi - 1]) {
			this.keptA[--aHi] = true;
			this.keptB[--bHi] = true;
		}
		if (aLo == aHi || bLo == bHi) {
			return true;
		}
		long split = bisect(aLo, aHi, bLo, bHi);
		if (split == ABORTED) {
			return false;
		}
		if (split == NOTHING_IN_COMMON) {
			return true;
		}
		int x = (int) (split >>> 32);
		int y = (int) split;
		return diff(aLo, aLo + x, bLo, bLo + y) && diff(aLo + x, aHi, bLo + y, bHi);
	}

	private static final long ABORTED = -1;

	private static final long NOTHING_IN_COMMON = -2;

	/**
	 * Finds the middle snake of an optimal path through a[aLo, aHi) and b[bLo, bHi),
	 * searching forwards from the start and backwards from the end at once, and answers
	 * the point where it ends (x in the high half, y in the low half). The two searches
	 * meet after about half the edits each, so the search stops once half of
	 * {@link WordDiff#MAX_EDITS} are spent.
	 */
	private long bisect(int aLo, int aHi, int bLo, int bHi) {
		int n = aHi - aLo;
		int m = bHi - bLo;
		int maxD = (n + m + 1) / 2;
		int limit = Math.min(maxD, WordDiff.MAX_EDITS / 2 + 1);
		int offset = limit + 1;
		int length = 2 * limit + 3;
		int[] forward = new int[length];
		int[] backward = new int[length];
		Arrays.fill(forward, -1);
		Arrays.fill(backward, -1);
		this.steps += 2L * length;
		forward[offset + 1] = 0;
		backward[offset + 1] = 0;
		int delta = n - m;
		boolean front = (delta % 2 != 0);
		int k1start = 0;
		int k1end = 0;
		int k2start = 0;
		int k2end = 0;
		for (int d = 0; d < limit; d++) {
			if (this.steps > WordDiff.MAX_STEPS) {
				return ABORTED;
			}
			for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
				this.steps++;
				int k1Offset = offset + k1;
				int x1 = (k1 == -d || (k1 != d && forward[k1Offset - 1] < forward[k1Offset + 1]))
						? forward[k1Offset + 1] : forward[k1Offset - 1] + 1;
				int y1 = x1 - k1;
				while (x1 < n && y1 < m && this.a[aLo + x1] == this.b[bLo + y1]) {
					x1++;
					y1++;
					this.steps++;
				}
				forward[k1Offset] = x1;
				if (x1 > n) {
					k1end += 2;
				}
				else if (y1 > m) {
					k1start += 2;
				}
				else if (front) {
					int k2Offset = offset + delta - k1;
					if (k2Offset >= 0 && k2Offset < length && backward[k2Offset] != -1) {
						if (x1 >= n - backward[k2Offset]) {
							return ((long) x1 << 32) | y1;
						}
					}
				}
			}
			for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
				this.steps++;
				int k2Offset = offset + k2;
				int x2 = (k2 == -d || (k2 != d && backward[k2Offset - 1] < backward[k2Offset + 1]))
						? backward[k2Offset + 1] : backward[k2Offset - 1] + 1;
				int y2 = x2 - k2;
				while (x2 < n && y2 < m && this.a[aHi - 1 - x2] == this.b[bHi - 1 - y2]) {
					x2++;
					y2++;
					this.steps++;
				}
				backward[k2Offset] = x2;
				if (x2 > n) {
					k2end += 2;
				}
				else if (y2 > m) {
					k2start += 2;
				}
				else if (!front) {
					int k1Offset = offset + delta - k2;
					if (k1Offset >= 0 && k1Offset < length && forward[k1Offset] != -1) {
						int x1 = forward[k1Offset];
						int y1 = offset + x1 - k1Offset;
						if (x1 >= n - x2) {
							return ((long) x1 << 32) | y1;
						}
					}
				}
			}
		}
		return (limit == maxD) ? NOTHING_IN_COMMON : ABORTED;
	}

	/**
	 * The segments: each stretch between two kept tokens shows the removed tokens, then
	 * the added ones, then the kept token they lead to.
	 */
	List<Segment> segments(String[] from, String[] to) {
		WordDiff.Segments segments = new WordDiff.Segments();
		int i = 0;
		int j = 0;
		while (i < from.length || j < to.length) {
			while (i < from.length && !this.keptA[i]) {
				segments.add(Change.REMOVED, from[i++]);
			}
			while (j < to.length && !this.keptB[j]) {
				segments.add(Change.ADDED, to[j++]);
			}
			if (i < from.length && j < to.length) {
				segments.add(Change.SAME, from[i++]);
				j++;
			}
		}
		return segments.done();
	}

	/** The steps of work the search took. */
	long steps() {
		return this.steps;
	}

	/**
	 * Whether the search finished within the limits: only then do the kept tokens make
	 * the difference.
	 */
	boolean completed() {
		return this.completed;
	}

}
