package kiku.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.scoring.engine.Ranking;
import kiku.web.Paging;

/**
 * Pages of open ranked issues in SCORING.md §4's order, with city-wide competition ranks, for one
 * request. Only open issues carry a total (see RankingStore), so a page is read through the
 * (total desc, id) index. Ranks come from one read of every open total, at most once per request,
 * or, beyond {@link #READ_ALL_TOTALS_UP_TO} ranked issues (national scale), from one count per
 * distinct total on the page.
 */
final class RankedPage {

    static final String OPEN_RANKED = " from issue i where i.total is not null";
    private static final long READ_ALL_TOTALS_UP_TO = 20_000;

    private final String where;
    private final Map<String, Object> params;
    private final long totalRanked;
    private final Map<Double, Integer> rankOf = new HashMap<>();
    private double[] ascending;

    /** @param totalRanked every open ranked issue, or {@code Long.MAX_VALUE} when not counted */
    RankedPage(String where, Map<String, Object> params, long totalRanked) {
        this.where = where;
        this.params = params;
        this.totalRanked = totalRanked;
    }

    /**
     * The filtered ranked items of one page, in rank order (equal ranks by issue id). The read takes
     * one row more on each side: when those rows' ranks differ from the page's first and last rank,
     * no run of equal ranks is cut by the page's edges and the page is complete as read.
     */
    List<Ranking.RankedItem> read(Paging paging) {
        int offset = paging.offset();
        int from = offset > 0 ? offset - 1 : 0;
        Query query = BacklogService.bind(em().createNativeQuery("select i.id, i.total" + OPEN_RANKED + where
                + " order by i.total desc, i.id"), params);
        @SuppressWarnings("unchecked")
        int limit = (int) Math.min(Integer.MAX_VALUE, (long) paging.size() + (offset - from) + 1); // exports ask for all
        List<Object[]> found = query.setFirstResult(from).setMaxResults(limit).getResultList();
        List<Ranking.RankedItem> read = withRanks(found);
        int start = Math.min(offset - from, read.size());
        List<Ranking.RankedItem> page = new ArrayList<>(read.subList(start, Math.min(start + paging.size(), read.size())));
        if (page.isEmpty()) {
            return page;
        }
        boolean cutAbove = start > 0 && read.get(start - 1).rank() == page.get(0).rank();
        int next = start + page.size();
        boolean cutBelow = next < read.size() && read.get(next).rank() == page.get(page.size() - 1).rank();
        if (cutAbove || cutBelow) {
            return inRankOrder(page, offset);
        }
        page.sort(Comparator.comparingInt(Ranking.RankedItem::rank).thenComparingLong(Ranking.RankedItem::issueId));
        return List.copyOf(page);
    }

    /** One open issue's rank and total, or null when it is not ranked. */
    Ranking.RankedItem one(long issueId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = BacklogService.bind(em().createNativeQuery("select i.id, i.total" + OPEN_RANKED
                + " and i.id = :id"), Map.of("id", issueId)).getResultList();
        return found.isEmpty() ? null : withRanks(found).get(0);
    }

    private List<Ranking.RankedItem> withRanks(List<Object[]> found) {
        double[] totals = found.stream().mapToDouble(r -> ((Number) r[1]).doubleValue()).toArray();
        if (ascending == null && (totalRanked <= READ_ALL_TOTALS_UP_TO || Arrays.stream(totals).distinct().count() > 50)) {
            @SuppressWarnings("unchecked")
            List<Number> all = em().createNativeQuery("select i.total" + OPEN_RANKED).getResultList();
            ascending = all.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        }
        List<Ranking.RankedItem> ranked = new ArrayList<>(found.size());
        for (Object[] row : found) {
            double total = ((Number) row[1]).doubleValue();
            ranked.add(new Ranking.RankedItem(rank(total), ((Number) row[0]).longValue(), total));
        }
        return ranked;
    }

    /** rank = 1 + the open issues whose total is higher by more than the tolerance. */
    private int rank(double total) {
        return rankOf.computeIfAbsent(total, t -> 1 + (int) (ascending != null
                ? ascending.length - upperBound(ascending, t + Ranking.TIE_TOLERANCE)
                : BacklogService.count(OPEN_RANKED + " and i.total > :t", Map.of("t", t + Ranking.TIE_TOLERANCE))));
    }

    /**
     * SQL lists by total, then id; but totals that tie within the tolerance may differ in their
     * last bits, and SCORING.md §4 lists equal ranks by issue id. Ranks never fall along the SQL
     * order, so each rank is a run of rows there: the runs cut by the page's edges are read whole
     * (same rank means totals within the tolerance), then every run is sorted by id and the page
     * is cut again at the same offset.
     */
    private List<Ranking.RankedItem> inRankOrder(List<Ranking.RankedItem> page, int offset) {
        if (page.isEmpty()) {
            return page;
        }
        Ranking.RankedItem first = page.get(0);
        Ranking.RankedItem last = page.get(page.size() - 1);
        List<Ranking.RankedItem> firstRun = run(first);
        List<Ranking.RankedItem> window = new ArrayList<>(firstRun);
        page.stream().filter(r -> r.rank() > first.rank() && r.rank() < last.rank()).forEach(window::add);
        if (last.rank() != first.rank()) {
            window.addAll(run(last));
        }
        window.sort(Comparator.comparingInt(Ranking.RankedItem::rank).thenComparingLong(Ranking.RankedItem::issueId));
        double top = firstRun.stream().mapToDouble(Ranking.RankedItem::total).max().orElseThrow();
        Map<String, Object> above = new HashMap<>(params);
        above.put("runTop", top);
        int before = (int) BacklogService.count(OPEN_RANKED + where + " and i.total > :runTop", above);
        int from = Math.max(0, Math.min(offset - before, window.size()));
        return List.copyOf(window.subList(from, Math.min(from + page.size(), window.size())));
    }

    /** Every filtered ranked item with the same rank as {@code item}. */
    private List<Ranking.RankedItem> run(Ranking.RankedItem item) {
        Map<String, Object> near = new HashMap<>(params);
        near.put("runLow", item.total() - 2 * Ranking.TIE_TOLERANCE);
        near.put("runHigh", item.total() + 2 * Ranking.TIE_TOLERANCE);
        @SuppressWarnings("unchecked")
        List<Object[]> found = BacklogService.bind(em().createNativeQuery("select i.id, i.total" + OPEN_RANKED + where
                + " and i.total >= :runLow and i.total <= :runHigh"), near).getResultList();
        List<Ranking.RankedItem> run = new ArrayList<>(withRanks(found).stream()
                .filter(r -> r.rank() == item.rank()).toList());
        // These reads are separate statements: a score saved in between may have moved the item's
        // total (bench/load.sh found it as a 500). It still belongs to its own run on this page.
        if (run.stream().noneMatch(r -> r.issueId() == item.issueId())) {
            run.add(item);
        }
        return run;
    }

    /** The number of values <= key in an ascending array. */
    private static int upperBound(double[] ascending, double key) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static jakarta.persistence.EntityManager em() {
        return Panache.getEntityManager();
    }
}
