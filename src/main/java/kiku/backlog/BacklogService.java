package kiku.backlog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kiku.backlog.engine.Overrides;
import kiku.issue.IssueFilter;
import kiku.scoring.Criterion;
import kiku.scoring.LiveRanking;
import kiku.scoring.RankingStore;
import kiku.scoring.engine.CellTable;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Ranking;
import kiku.scoring.engine.Standings;
import kiku.web.Texts;
import kiku.web.Paging;
import kiku.web.Problem;

/**
 * The ranked backlog (SCORING.md §4) from the live standings ({@link LiveRanking}), and the
 * what-if preview (§5) from the engine. Ranks are always city-wide: filters only choose which
 * items are listed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BacklogService {

    private static final String OPEN = "select i.id from issue i where i.status in (:open)";

    @Inject
    RankingStore ranking;

    @Inject
    LiveRanking live;

    @Inject
    BacklogRows rows;

    @Inject
    OverriddenOrder overridden;

    public BacklogView backlog(IssueFilter filter, Paging paging, Locale locale) {
        LiveRanking.Current current = live.current();
        List<CriterionSpec> rankingCriteria = Ranking.rankingCriteria(current.specs());
        boolean rankable = Ranking.rankable(current.specs());
        Standings standings = current.standings();
        List<BacklogView.CriterionShare> shares = shares(rankingCriteria, current.names());
        Map<String, Object> params = new HashMap<>();
        String where = filter.sql(params);
        // The open issues the filters let through; null lists every one.
        Set<Long> listed = where.isEmpty() ? null : new HashSet<>(ids(OPEN + where, params));
        Standings.Page page = listed == null ? new Standings.Page(standings.page(paging.offset(), paging.size()),
                standings.size()) : standings.page(listed::contains, paging.offset(), paging.size());
        List<Overrides.Placed> placed = standings.size() > 0 ? overridden.placed(standings) : null;
        List<BacklogView.Unscored> unscored = unscored(standings, listed, rankingCriteria, rankable);
        if (placed != null) {
            return withOverrides(placed, listed, paging, rankingCriteria, shares, standings.size(), page.matching(),
                    unscored);
        }
        return new BacklogView(rankable, rankable ? null : Texts.format(locale, "backlog.notRankable"),
                shares, standings.size(), paging.page(), paging.size(), page.matching(),
                rows.items(page.items(), rankingCriteria), unscored);
    }

    /** The backlog when managers placed issues by hand: paged in Java over the whole overridden order. */
    private BacklogView withOverrides(List<Overrides.Placed> placed, Set<Long> listed, Paging paging,
                                      List<CriterionSpec> rankingCriteria, List<BacklogView.CriterionShare> shares,
                                      long totalRanked, long totalItems, List<BacklogView.Unscored> unscored) {
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
        return new BacklogView(true, null, shares, totalRanked, paging.page(), paging.size(),
                totalItems, marked, unscored);
    }

    /** Every filtered ranked item in rank order: the rows of exports and snapshots. */
    public List<BacklogView.Item> allRanked(IssueFilter filter) {
        return backlog(filter, new Paging(0, Integer.MAX_VALUE), Locale.ROOT).rankedItems();
    }

    /** The city-wide rank (after overrides) and total of one open issue, or null when it is not ranked. */
    public Ranking.RankedItem position(long issueId) {
        Standings standings = live.now();
        List<Overrides.Placed> placed = overridden.placed(standings);
        if (placed == null) {
            return standings.find(issueId);
        }
        return placed.stream().filter(p -> p.issueId() == issueId).findFirst()
                .map(p -> new Ranking.RankedItem(p.rank(), p.issueId(), p.total())).orElse(null);
    }

    /** The rank from the scores alone (SCORING.md §4) and total of one open issue, or null when it is not ranked. */
    public Ranking.RankedItem computedPosition(long issueId) {
        return live.now().find(issueId);
    }

    /** Ranks and totals under proposed weights, compared with the saved ones; nothing is saved. */
    public BacklogView preview(Map<Long, Double> proposed, IssueFilter filter, Paging paging) {
        LiveRanking.Current current = live.current();
        List<CriterionSpec> specs = current.specs();
        Set<Long> known = new TreeSet<>(specs.stream().map(CriterionSpec::id).toList());
        proposed.forEach((id, weight) -> {
            if (!known.contains(id)) {
                throw Problem.invalid("weights." + id, "backlog.unknownCriterion", id);
            }
            if (!Criterion.validWeight(weight)) {
                throw Problem.invalid("weights." + id, "criterion.weight");
            }
        });
        List<CriterionSpec> proposedSpecs = specs.stream()
                .map(c -> proposed.containsKey(c.id()) ? c.withWeight(proposed.get(c.id())) : c).toList();
        if (!Ranking.rankable(proposedSpecs)) {
            throw Problem.unprocessable("backlog.notRankable");
        }
        List<CriterionSpec> rankingCriteria = Ranking.rankingCriteria(proposedSpecs);
        CellTable cells = ranking.openCells(specs);
        Map<String, Object> params = new HashMap<>();
        Set<Long> listed = new TreeSet<>(ids(OPEN + filter.sql(params), params));
        List<Ranking.PreviewItem> allPreviewed = Ranking.preview(cells, specs, proposed);
        List<Ranking.PreviewItem> previewed = allPreviewed.stream().filter(p -> listed.contains(p.issueId())).toList();
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
        long totalRanked = allPreviewed.size();
        return new BacklogView(true, null, shares(rankingCriteria, current.names()), totalRanked, paging.page(),
                paging.size(), previewed.size(), withChange,
                rows.unscored(unscoredIds, titles(unscoredIds), rankingCriteria, true));
    }

    /** The listed open issues without a total, by id. */
    private List<BacklogView.Unscored> unscored(Standings standings, Set<Long> listed,
                                                List<CriterionSpec> rankingCriteria, boolean rankable) {
        List<Long> ids = standings.unscored().stream().filter(id -> listed == null || listed.contains(id)).toList();
        return ids.isEmpty() ? List.of() : rows.unscored(ids, titles(ids), rankingCriteria, rankable);
    }

    /** Each ranking criterion's share of the weights, with its name. */
    static List<BacklogView.CriterionShare> shares(List<CriterionSpec> rankingCriteria, Map<Long, String> names) {
        double sum = rankingCriteria.stream().mapToDouble(CriterionSpec::weight).sum();
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

    @SuppressWarnings("unchecked")
    private static List<Long> ids(String sql, Map<String, Object> params) {
        return bind(em().createNativeQuery(sql, Long.class), params).getResultList();
    }

    static Query bind(Query query, Map<String, Object> params) {
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
