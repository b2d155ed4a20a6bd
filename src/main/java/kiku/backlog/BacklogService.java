package kiku.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kiku.backlog.engine.Overrides;
import kiku.issue.IssueFilter;
import kiku.scoring.Criterion;
import kiku.scoring.RankingStore;
import kiku.scoring.engine.CellStats;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Ranking;
import kiku.web.Texts;
import kiku.web.Paging;
import kiku.web.Problem;

/**
 * The ranked backlog (SCORING.md §4) from the stored totals, and the what-if preview (§5) from
 * the engine. Ranks are always city-wide: filters only choose which items are listed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BacklogService {

    private static final String OPEN_RANKED = " from issue i where i.status in (:open) and i.total is not null";
    /** Up to this many ranked issues, page ranks come from one read of every total. */
    private static final long READ_ALL_TOTALS_UP_TO = 20_000;

    private static final String OPEN_UNRANKED = " from issue i where i.status in (:open) and i.total is null";

    @Inject
    RankingStore ranking;

    @Inject
    BacklogRows rows;

    @Inject
    OverriddenOrder overridden;

    public BacklogView backlog(IssueFilter filter, Paging paging, Locale locale) {
        List<CriterionSpec> specs = ranking.specs();
        List<CriterionSpec> rankingCriteria = Ranking.rankingCriteria(specs);
        boolean rankable = Ranking.rankable(specs);
        Map<String, Object> params = new HashMap<>();
        String where = filter.sql(params);
        long totalRanked = rankable ? count(OPEN_RANKED, Map.of()) : 0;
        long totalItems = rankable ? count(OPEN_RANKED + where, params) : 0;
        List<Ranking.RankedItem> page = List.of();
        List<Overrides.Placed> placed = rankable && totalItems > 0 ? overridden.placed() : null;
        if (placed != null) {
            return withOverrides(placed, where, params, paging, locale, rankingCriteria, totalRanked, totalItems,
                    rankable);
        }
        if (rankable && totalItems > 0) {
            Query query = bind(em().createNativeQuery("select i.id, i.total" + OPEN_RANKED + where
                    + " order by i.total desc, i.id"), params);
            @SuppressWarnings("unchecked")
            List<Object[]> found = query.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            page = inRankOrder(withRanks(found, totalRanked), where, params, paging.offset());
        }
        return new BacklogView(rankable, rankable ? null : Texts.format(locale, "backlog.notRankable"),
                shares(rankingCriteria), totalRanked, paging.page(), paging.size(), totalItems,
                rows.items(page, rankingCriteria), unscored(where, params, rankingCriteria, rankable));
    }

    /** The backlog when managers placed issues by hand: paged in Java over the whole overridden order. */
    private BacklogView withOverrides(List<Overrides.Placed> placed, String where, Map<String, Object> params,
                                      Paging paging, Locale locale, List<CriterionSpec> rankingCriteria,
                                      long totalRanked, long totalItems, boolean rankable) {
        Set<Long> listed = where.isEmpty() ? null : new HashSet<>(ids("select i.id" + OPEN_RANKED + where, params));
        List<Overrides.Placed> filtered = listed == null ? placed
                : placed.stream().filter(p -> listed.contains(p.issueId())).toList();
        int from = (int) Math.min(filtered.size(), (long) paging.offset());
        List<Overrides.Placed> window = filtered.subList(from, (int) Math.min(filtered.size(), (long) from + paging.size()));
        List<BacklogView.Item> items = rows.items(window.stream()
                .map(p -> new Ranking.RankedItem(p.rank(), p.issueId(), p.total())).toList(), rankingCriteria);
        Map<Long, BacklogView.Override> reasons = new HashMap<>();
        if (window.stream().anyMatch(Overrides.Placed::overridden)) {
            RankOverride.<RankOverride>listAll().forEach(o -> reasons.put(o.issueId,
                    new BacklogView.Override(o.above, o.below, o.reason)));
        }
        List<BacklogView.Item> marked = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Overrides.Placed p = window.get(i);
            marked.add(items.get(i).withOverride(p.computedRank(), p.overridden() ? reasons.get(p.issueId()) : null));
        }
        return new BacklogView(true, null, shares(rankingCriteria), totalRanked, paging.page(), paging.size(),
                totalItems, marked, unscored(where, params, rankingCriteria, rankable));
    }

    /** Every filtered ranked item in rank order: the rows of exports and snapshots. */
    public List<BacklogView.Item> allRanked(IssueFilter filter) {
        return backlog(filter, new Paging(0, Integer.MAX_VALUE), Locale.ROOT).rankedItems();
    }

    /** The city-wide rank (after overrides) and total of one open issue, or null when it is not ranked. */
    public Ranking.RankedItem position(long issueId) {
        List<Overrides.Placed> placed = overridden.placed();
        if (placed == null) {
            return computedPosition(issueId);
        }
        return placed.stream().filter(p -> p.issueId() == issueId).findFirst()
                .map(p -> new Ranking.RankedItem(p.rank(), p.issueId(), p.total())).orElse(null);
    }

    /** The rank from the scores alone (SCORING.md §4) and total of one open issue, or null when it is not ranked. */
    public Ranking.RankedItem computedPosition(long issueId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = bind(em().createNativeQuery("select i.id, i.total" + OPEN_RANKED + " and i.id = :id"),
                Map.of("id", issueId)).getResultList();
        return found.isEmpty() ? null : withRanks(found, Long.MAX_VALUE).get(0);
    }

    /** Ranks and totals under proposed weights, compared with the saved ones; nothing is saved. */
    public BacklogView preview(Map<Long, Double> proposed, IssueFilter filter, Paging paging) {
        List<CriterionSpec> specs = ranking.specs();
        Set<Long> known = new TreeSet<>(specs.stream().map(CriterionSpec::id).toList());
        proposed.forEach((id, weight) -> {
            if (!known.contains(id)) {
                throw Problem.invalid("weights." + id, "backlog.unknownCriterion", id);
            }
            if (!kiku.scoring.Criterion.validWeight(weight)) {
                throw Problem.invalid("weights." + id, "criterion.weight");
            }
        });
        List<CriterionSpec> proposedSpecs = specs.stream()
                .map(c -> proposed.containsKey(c.id()) ? c.withWeight(proposed.get(c.id())) : c).toList();
        if (!Ranking.rankable(proposedSpecs)) {
            throw Problem.unprocessable("backlog.notRankable");
        }
        List<CriterionSpec> rankingCriteria = Ranking.rankingCriteria(proposedSpecs);
        Map<Long, Map<Long, CellStats>> cells = ranking.openCells();
        Map<String, Object> params = new HashMap<>();
        Set<Long> listed = new TreeSet<>(ids("select i.id from issue i where i.status in (:open)" + filter.sql(params), params));
        List<Ranking.PreviewItem> previewed = Ranking.preview(cells, specs, proposed).stream()
                .filter(p -> listed.contains(p.issueId())).toList();
        Paging.Result<Ranking.PreviewItem> page = paging.slice(previewed);
        List<Ranking.RankedItem> ranked = page.items().stream()
                .map(p -> new Ranking.RankedItem(p.rank(), p.issueId(), p.total())).toList();
        List<BacklogView.Item> items = rows.items(ranked, rankingCriteria);
        List<BacklogView.PreviewItem> withChange = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Ranking.PreviewItem p = page.items().get(i);
            withChange.add(new BacklogView.PreviewItem(items.get(i), p.currentRank(), p.rankChange()));
        }
        Set<Long> rankedIds = new TreeSet<>(previewed.stream().map(Ranking.PreviewItem::issueId).toList());
        List<Long> unscoredIds = listed.stream().filter(id -> !rankedIds.contains(id)).toList();
        long totalRanked = Ranking.rankAll(cells, proposedSpecs).size();
        return new BacklogView(true, null, shares(rankingCriteria), totalRanked, paging.page(), paging.size(),
                previewed.size(), withChange,
                rows.unscored(unscoredIds, titles(unscoredIds), rankingCriteria, true));
    }

    private List<BacklogView.Unscored> unscored(String where, Map<String, Object> params,
                                                List<CriterionSpec> rankingCriteria, boolean rankable) {
        Query query = bind(em().createNativeQuery("select i.id, i.title" + OPEN_UNRANKED + where + " order by i.id"),
                params);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        Map<Long, String> titles = new LinkedHashMap<>();
        found.forEach(row -> titles.put(((Number) row[0]).longValue(), (String) row[1]));
        return rows.unscored(List.copyOf(titles.keySet()), titles, rankingCriteria, rankable);
    }

    /**
     * Competition ranks of a page: rank = 1 + the open issues whose total is higher by more than
     * the tolerance. Up to {@link #READ_ALL_TOTALS_UP_TO} ranked issues (a city) every open total
     * is read once and searched; beyond that (national scale) a page's few distinct totals are
     * counted in the database, and only long lists (exports) read every total.
     */
    private List<Ranking.RankedItem> withRanks(List<Object[]> found, long totalRanked) {
        double[] totals = found.stream().mapToDouble(r -> ((Number) r[1]).doubleValue()).toArray();
        Map<Double, Integer> rankOf = new HashMap<>();
        if (totalRanked > READ_ALL_TOTALS_UP_TO && Arrays.stream(totals).distinct().count() <= 50) {
            for (double t : totals) {
                rankOf.computeIfAbsent(t, k -> 1 + (int) count(OPEN_RANKED + " and i.total > :t",
                        Map.of("t", k + Ranking.TIE_TOLERANCE)));
            }
        } else {
            @SuppressWarnings("unchecked")
            List<Number> all = bind(em().createNativeQuery("select i.total" + OPEN_RANKED), Map.of()).getResultList();
            double[] ascending = all.stream().mapToDouble(Number::doubleValue).sorted().toArray();
            for (double t : totals) {
                rankOf.computeIfAbsent(t, k -> 1 + ascending.length - upperBound(ascending, k + Ranking.TIE_TOLERANCE));
            }
        }
        List<Ranking.RankedItem> ranked = new ArrayList<>(found.size());
        for (Object[] row : found) {
            double total = ((Number) row[1]).doubleValue();
            ranked.add(new Ranking.RankedItem(rankOf.get(total), ((Number) row[0]).longValue(), total));
        }
        return ranked;
    }

    /**
     * SQL lists by total, then id; but totals that tie within the tolerance may differ in their
     * last bits, and SCORING.md §4 lists equal ranks by issue id. Ranks never fall along the SQL
     * order, so each rank is a run of rows there: the runs cut by the page's edges are read whole
     * (same rank means totals within the tolerance), then every run is sorted by id and the page
     * is cut again at the same offset.
     */
    private List<Ranking.RankedItem> inRankOrder(List<Ranking.RankedItem> page, String where,
                                                 Map<String, Object> params, int offset) {
        if (page.isEmpty()) {
            return page;
        }
        Ranking.RankedItem first = page.get(0);
        Ranking.RankedItem last = page.get(page.size() - 1);
        List<Ranking.RankedItem> firstRun = run(first, where, params);
        List<Ranking.RankedItem> window = new ArrayList<>(firstRun);
        page.stream().filter(r -> r.rank() > first.rank() && r.rank() < last.rank()).forEach(window::add);
        if (last.rank() != first.rank()) {
            window.addAll(run(last, where, params));
        }
        window.sort(Comparator.comparingInt(Ranking.RankedItem::rank).thenComparingLong(Ranking.RankedItem::issueId));
        double top = firstRun.stream().mapToDouble(Ranking.RankedItem::total).max().orElseThrow();
        Map<String, Object> above = new HashMap<>(params);
        above.put("runTop", top);
        int before = (int) count(OPEN_RANKED + where + " and i.total > :runTop", above);
        int from = Math.max(0, Math.min(offset - before, window.size()));
        return List.copyOf(window.subList(from, Math.min(from + page.size(), window.size())));
    }

    /** Every filtered ranked item with the same rank as {@code item}. */
    private List<Ranking.RankedItem> run(Ranking.RankedItem item, String where, Map<String, Object> params) {
        Map<String, Object> near = new HashMap<>(params);
        near.put("runLow", item.total() - 2 * Ranking.TIE_TOLERANCE);
        near.put("runHigh", item.total() + 2 * Ranking.TIE_TOLERANCE);
        @SuppressWarnings("unchecked")
        List<Object[]> found = bind(em().createNativeQuery("select i.id, i.total" + OPEN_RANKED + where
                + " and i.total >= :runLow and i.total <= :runHigh"), near).getResultList();
        List<Ranking.RankedItem> run = new ArrayList<>(withRanks(found, Long.MAX_VALUE).stream()
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

    static List<BacklogView.CriterionShare> shares(List<CriterionSpec> rankingCriteria) {
        double sum = rankingCriteria.stream().mapToDouble(CriterionSpec::weight).sum();
        Map<Long, String> names = new HashMap<>();
        Criterion.<Criterion>listAll().forEach(c -> names.put(c.id, c.name));
        return rankingCriteria.stream().map(c -> new BacklogView.CriterionShare(c.id(), names.get(c.id()), c.weight(),
                sum > 0 ? c.weight() / sum : 0, c.direction())).toList();
    }

    private static Map<Long, String> titles(List<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em().createNativeQuery("select i.id, i.title from issue i where i.id in (:ids)")
                    .setParameter("ids", ids).getResultList();
            found.forEach(row -> titles.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        return titles;
    }

    private static long count(String from, Map<String, Object> params) {
        return ((Number) bind(em().createNativeQuery("select count(*)" + from), params).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(String sql, Map<String, Object> params) {
        return bind(em().createNativeQuery(sql, Long.class), params).getResultList();
    }

    private static Query bind(Query query, Map<String, Object> params) {
        if (query.getParameters().stream().anyMatch(p -> "open".equals(p.getName()))) {
            query.setParameter("open", BacklogRows.OPEN);
        }
        params.forEach(query::setParameter);
        return query;
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
