package kiku.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Where every open issue stands at one moment: the ranked ones in SCORING.md §4's listing order
 * (rank, then issue id) with their ranks and totals, and the open ones that are not ranked.
 * Immutable, held in primitive arrays (about 2 MB at 90,000 issues); {@link #with} gives the
 * standings after a few issues changed in O(n), without ranking everything again.
 */
public final class Standings {

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
     * open (closed, merged or deleted). In primitive arrays, without ranking everything again: every
     * rank is counted anew by the Monte Carlo analysis's primitive counter, and since a few changed
     * totals move the other items' ranks only by whole runs, the listing stays sorted but for the
     * changed items, which an insertion sort puts in place.
     */
    public Standings with(Collection<Long> changed, Map<Long, Double> ranked, Collection<Long> unscoredNow) {
        long[] gone = changed.stream().mapToLong(Long::longValue).sorted().toArray();
        int capacity = ids.length + ranked.size();
        long[] newIds = new long[capacity];
        double[] newTotals = new double[capacity];
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (Arrays.binarySearch(gone, ids[i]) < 0) {
                newIds[n] = ids[i];
                newTotals[n++] = totals[i];
            }
        }
        for (Map.Entry<Long, Double> added : ranked.entrySet()) {
            newIds[n] = added.getKey();
            newTotals[n++] = added.getValue();
        }
        newIds = Arrays.copyOf(newIds, n);
        newTotals = Arrays.copyOf(newTotals, n);
        int[] newRanks = new int[n];
        Robustness.competitionRanks(newTotals, new long[n], newRanks);
        listByRankThenId(newIds, newTotals, newRanks);
        List<Long> stillUnscored = new ArrayList<>(unscored.length + unscoredNow.size());
        for (long id : unscored) {
            if (Arrays.binarySearch(gone, id) < 0) {
                stillUnscored.add(id);
            }
        }
        stillUnscored.addAll(unscoredNow);
        return new Standings(newIds, newTotals, newRanks,
                stillUnscored.stream().mapToLong(Long::longValue).sorted().distinct().toArray());
    }

    /** Insertion sort by (rank, id): linear on a listing that is sorted but for a few items. */
    private static void listByRankThenId(long[] ids, double[] totals, int[] ranks) {
        for (int i = 1; i < ids.length; i++) {
            long id = ids[i];
            double total = totals[i];
            int rank = ranks[i];
            int j = i - 1;
            for (; j >= 0 && (ranks[j] > rank || ranks[j] == rank && ids[j] > id); j--) {
                ids[j + 1] = ids[j];
                totals[j + 1] = totals[j];
                ranks[j + 1] = ranks[j];
            }
            ids[j + 1] = id;
            totals[j + 1] = total;
            ranks[j + 1] = rank;
        }
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
