package kiku.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kiku.backlog.BacklogView;
import kiku.issue.Issue;
import kiku.plan.engine.Knapsack;
import kiku.web.Problem;

/**
 * The fiscal-year suggestion (see {@link Suggestion}): a read, nothing is saved. Staff hours go to the engine in
 * hundredths of an hour, rounded up for issues and down for the capacity, so whatever the engine fits truly fits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SuggestService {

    /** About half a second of search at worst; beyond it the best set found so far is shown as not proven optimal. */
    static final long NODE_BUDGET = 10_000_000L;

    @Inject
    PlanService plans;

    @Inject
    PlanRanks ranks;

    public Suggestion suggest(int fiscalYear, Locale locale) {
        CapacityDto capacity = plans.capacity(fiscalYear);
        if (capacity == null) {
            throw Problem.unprocessable("plan.noCapacity", fiscalYear);
        }
        List<BacklogView.Item> ranked = ranks.inRankOrder();
        Map<Long, Issue> issues = new HashMap<>();
        if (!ranked.isEmpty()) {
            Issue.<Issue>list("id in ?1", ranked.stream().map(BacklogView.Item::issueId).toList())
                    .forEach(i -> issues.put(i.id, i));
        }
        List<BacklogView.Item> candidates = new ArrayList<>();
        List<Suggestion.Excluded> excluded = new ArrayList<>();
        List<Knapsack.Item> items = new ArrayList<>();
        for (BacklogView.Item item : ranked) {
            Issue issue = issues.get(item.issueId());
            Suggestion.Reason reason = issue.fiscalYear != null && issue.fiscalYear != fiscalYear
                    ? Suggestion.Reason.PLANNED_OTHER_YEAR
                    : issue.estimatedCostYen == null || issue.effortHours == null
                    ? Suggestion.Reason.MISSING_ESTIMATE : null;
            if (reason != null) {
                excluded.add(new Suggestion.Excluded(item.issueId(), item.title(), item.rank(), reason));
            } else {
                candidates.add(item);
                items.add(new Knapsack.Item(item.issueId(), item.total(), issue.estimatedCostYen,
                        hundredthsUp(issue.effortHours)));
            }
        }
        long hoursCapacity = hundredthsDown(capacity.staffHours());
        Knapsack.Selection best = Knapsack.best(items, capacity.budgetYen(), hoursCapacity, NODE_BUDGET);
        Knapsack.Cut cut = Knapsack.rankOrderCut(items, capacity.budgetYen(), hoursCapacity);
        // The engine's cut walks on past the first misfit; the plan's rank order stops there (the cut line).
        List<Long> rankOrderIds = new ArrayList<>();
        for (Knapsack.Item it : items) {
            if (cut.firstSkippedId() != null && it.id() == cut.firstSkippedId()) {
                break;
            }
            rankOrderIds.add(it.id());
        }
        Set<Long> inKnapsack = new HashSet<>(best.ids());
        Set<Long> inRankOrder = new HashSet<>(rankOrderIds);
        List<Suggestion.Candidate> rows = new ArrayList<>();
        List<Long> takenInstead = new ArrayList<>();
        List<Long> leftOut = new ArrayList<>();
        List<Long> knapsackIds = new ArrayList<>();
        for (BacklogView.Item item : candidates) {
            Issue issue = issues.get(item.issueId());
            long id = item.issueId();
            rows.add(new Suggestion.Candidate(id, item.title(), item.rank(), item.total(), issue.estimatedCostYen,
                    issue.effortHours, inKnapsack.contains(id), inRankOrder.contains(id)));
            if (inKnapsack.contains(id)) {
                knapsackIds.add(id);
                if (!inRankOrder.contains(id)) {
                    takenInstead.add(id);
                }
            } else if (inRankOrder.contains(id)) {
                leftOut.add(id);
            }
        }
        Suggestion.CutLine cutLine = cutLine(cut.firstSkippedId(), rows, capacity);
        Suggestion s = new Suggestion(fiscalYear, capacity, choice(knapsackIds, rows), choice(rankOrderIds, rows),
                best.exact(), cutLine, takenInstead, leftOut, rows, excluded, null);
        return withExplanation(s, locale);
    }

    private static Suggestion withExplanation(Suggestion s, Locale locale) {
        return new Suggestion(s.fiscalYear(), s.capacity(), s.knapsack(), s.rankOrder(), s.exact(), s.cutLine(),
                s.takenInstead(), s.leftOut(), s.candidates(), s.excluded(), SuggestExplanation.of(s, locale));
    }

    private static Suggestion.Choice choice(List<Long> ids, List<Suggestion.Candidate> rows) {
        Set<Long> chosen = new HashSet<>(ids);
        List<Suggestion.Candidate> in = rows.stream().filter(r -> chosen.contains(r.issueId())).toList();
        return new Suggestion.Choice(List.copyOf(ids), in.stream().mapToDouble(Suggestion.Candidate::total).sum(),
                in.stream().mapToLong(Suggestion.Candidate::estimatedCostYen).sum(),
                in.stream().mapToDouble(Suggestion.Candidate::effortHours).sum());
    }

    /** What was left when the cut-line issue came, and which capacity it would have overrun. */
    private static Suggestion.CutLine cutLine(Long id, List<Suggestion.Candidate> rows, CapacityDto capacity) {
        if (id == null) {
            return null;
        }
        long cost = 0;
        long hundredths = 0;
        long hoursCapacity = hundredthsDown(capacity.staffHours());
        for (Suggestion.Candidate r : rows) {
            if (r.issueId() == id) {
                long budgetLeft = capacity.budgetYen() - cost;
                double hoursLeft = (hoursCapacity - hundredths) / 100.0;
                List<Suggestion.Limit> exceeded = new ArrayList<>();
                if (r.estimatedCostYen() > budgetLeft) {
                    exceeded.add(Suggestion.Limit.BUDGET);
                }
                if (hundredthsUp(r.effortHours()) > hoursCapacity - hundredths) {
                    exceeded.add(Suggestion.Limit.STAFF_HOURS);
                }
                return new Suggestion.CutLine(id, r.title(), r.rank(), exceeded, r.estimatedCostYen(),
                        r.effortHours(), budgetLeft, hoursLeft);
            }
            cost += r.estimatedCostYen();
            hundredths += hundredthsUp(r.effortHours());
        }
        throw new IllegalStateException("the cut line is a candidate: " + id);
    }

    /** 12.5 hours → 1250; the tolerance keeps 0.29 * 100 = 28.999... at 29. */
    static long hundredthsUp(double hours) {
        return (long) Math.ceil(hours * 100 - 1e-6);
    }

    static long hundredthsDown(double hours) {
        return (long) Math.floor(hours * 100 + 1e-6);
    }
}
