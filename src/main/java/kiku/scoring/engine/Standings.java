package kiku.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Where every open issue stands at one moment: the ranked ones in SCORING.md §4's listing order
 * (rank, then issue id) with their ranks and totals, and the open ones that are not ranked.
 * Immutable, held in primitive arrays (about 2 MB at 90,000 issues). {@link #with} gives the
 * standings after a few issues changed in O(n): the listing order is already sorted by total but
 * for near-ties, so the engine's sort only merges the changed items in.
 */
public final class Standings {

    public static final Standings EMPTY = new Standings(new long[0], new double[0], new int[0], new long[0]);

    /** A page of a filtered listing, and how many items the filter lets through in all. */
    public record Page(List<Ranking.RankedItem> items, int matching) {}

    private final long[] ids;
    private final double[] totals;
    private final int[] ranks;
    private final long[] unscored;

    private Standings(long[] ids, double[] totals, int[] ranks, long[] unscored) {
        this.ids = ids;
        this.totals = totals;
        this.ranks = ranks;
        this.unscored = unscored;
    }

    /** The standings of these ranked totals and these open issues without a total. */
    public static Standings of(Collection<Ranking.Scored> ranked, Collection<Long> unscored) {
        List<Ranking.RankedItem> listed = Ranking.rank(ranked);
        int n = listed.size();
        long[] ids = new long[n];
        double[] totals = new double[n];
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            Ranking.RankedItem item = listed.get(i);
            ids[i] = item.issueId();
            totals[i] = item.total();
            ranks[i] = item.rank();
        }
        return new Standings(ids, totals, ranks, unscored.stream().mapToLong(Long::longValue).sorted().distinct().toArray());
    }

    /**
     * The standings after the issues in {@code changed} changed: each one is now ranked with its
     * total in {@code ranked}, or open without a total when in {@code unscoredNow}, or else no longer
     * open (closed, merged or deleted).
     */
    public Standings with(Collection<Long> changed, Map<Long, Double> ranked, Collection<Long> unscoredNow) {
        Set<Long> gone = new HashSet<>(changed);
        List<Ranking.Scored> scored = new ArrayList<>(ids.length + ranked.size());
        for (int i = 0; i < ids.length; i++) {
            if (!gone.contains(ids[i])) {
                scored.add(new Ranking.Scored(ids[i], totals[i]));
            }
        }
        ranked.forEach((id, total) -> scored.add(new Ranking.Scored(id, total)));
        List<Long> stillUnscored = new ArrayList<>(unscored.length + unscoredNow.size());
        for (long id : unscored) {
            if (!gone.contains(id)) {
                stillUnscored.add(id);
            }
        }
        stillUnscored.addAll(unscoredNow);
        return of(scored, stillUnscored);
    }

    /** The number of ranked issues. */
    public int size() {
        return ids.length;
    }

    public Ranking.RankedItem get(int position) {
        return new Ranking.RankedItem(ranks[position], ids[position], totals[position]);
    }

    /** Every ranked item in listing order. */
    public List<Ranking.RankedItem> items() {
        return page(0, ids.length);
    }

    /** Up to {@code count} items from {@code offset} on, in listing order. */
    public List<Ranking.RankedItem> page(long offset, int count) {
        int from = (int) Math.min(offset, ids.length);
        int to = (int) Math.min(ids.length, (long) from + count);
        List<Ranking.RankedItem> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            page.add(get(i));
        }
        return page;
    }

    /** The items that {@code listed} lets through, paged; ranks stay those of the whole listing. */
    public Page page(LongPredicate listed, long offset, int count) {
        List<Ranking.RankedItem> page = new ArrayList<>(Math.min(count, 64));
        int matching = 0;
        for (int i = 0; i < ids.length; i++) {
            if (listed.test(ids[i])) {
                if (matching >= offset && page.size() < count) {
                    page.add(get(i));
                }
                matching++;
            }
        }
        return new Page(page, matching);
    }

    /** One issue's rank and total, or null when it is not ranked. A scan: 90,000 ids take well under a millisecond. */
    public Ranking.RankedItem find(long issueId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == issueId) {
                return get(i);
            }
        }
        return null;
    }

    /** The open issues without a total, by id. */
    public List<Long> unscored() {
        return Arrays.stream(unscored).boxed().toList();
    }
}
