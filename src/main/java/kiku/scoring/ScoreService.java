package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiku.audit.AuditTrail;
import kiku.issue.Issue;
import kiku.scoring.engine.CellStats;
import kiku.web.Problem;
import static kiku.web.Text.blankToNull;

/** Raters' scores. Saving keeps the issue's score summary current and tells the ranking, in the same transaction. */
@ApplicationScoped
@Transactional
public class ScoreService {

    public record ScoreInput(Long criterionId, Integer value, String comment) {}

    public record RaterScore(long criterionId, int value, String comment) {}

    public record RaterScores(String username, List<RaterScore> scores) {}

    public record Aggregate(long criterionId, double mean, int min, int max, int count) {}

    public record IssueScores(List<RaterScores> raters, List<Aggregate> aggregate) {}

    @Inject
    RankingStore ranking;

    @Inject
    AuditTrail audit;

    /** What the audit trail keeps of a rater's scores of one issue. */
    public record RaterChange(String rater, Map<Long, Integer> values) {}

    /** Upserts the rater's scores for one issue: all valid, or nothing is saved. */
    public IssueScores save(long issueId, String rater, List<ScoreInput> inputs) {
        write(issueId, rater, inputs);
        return scores(issueId);
    }

    /** {@link #save} without reading the issue's scores back (the scoring sheet saves many rows at once). */
    public void write(long issueId, String rater, List<ScoreInput> inputs) {
        requireIssue(issueId);
        Map<Long, Criterion> criteria = new LinkedHashMap<>();
        Criterion.<Criterion>listAll().forEach(c -> criteria.put(c.id, c));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ScoreInput input = inputs.get(i);
            String field = "scores[" + i + "]";
            Criterion c = criteria.get(input.criterionId());
            if (c == null) {
                throw Problem.invalid(field + ".criterionId", "score.unknownCriterion", input.criterionId());
            }
            if (c.isDerived()) {
                throw Problem.invalid(field + ".criterionId", "score.derived", c.name);
            }
            if (!seen.add(c.id)) {
                throw Problem.invalid(field + ".criterionId", "score.duplicate");
            }
            if (input.value() < c.minScore || input.value() > c.maxScore) {
                throw Problem.invalid(field + ".value", "score.offScale", c.name, c.minScore, c.maxScore);
            }
        }
        ranking.lock();
        Map<Long, Score> existing = new LinkedHashMap<>();
        Score.<Score>list("issueId = ?1 and rater = ?2", issueId, rater).forEach(s -> existing.put(s.criterionId, s));
        RaterChange before = change(rater, existing.values());
        for (ScoreInput input : inputs) {
            Score score = existing.get(input.criterionId());
            if (score == null) {
                score = new Score();
                score.issueId = issueId;
                score.criterionId = input.criterionId();
                score.rater = rater;
            }
            score.value = input.value();
            score.comment = blankToNull(input.comment());
            score.persist();
        }
        Panache.getEntityManager().flush();
        ranking.recompute(issueId);
        audit.record("score", issueId, before.values().isEmpty() ? AuditTrail.Action.CREATE : AuditTrail.Action.UPDATE,
                before, change(rater, Score.list("issueId = ?1 and rater = ?2", issueId, rater)));
    }

    /** Removes the rater's score; false when there was none. A derived criterion's value is no one's to remove: 400. */
    public boolean delete(long issueId, String rater, long criterionId) {
        requireIssue(issueId);
        Criterion criterion = Criterion.findById(criterionId);
        if (criterion != null && criterion.isDerived()) {
            throw Problem.invalid("criterionId", "score.derived", criterion.name);
        }
        ranking.lock();
        RaterChange before = change(rater, Score.list("issueId = ?1 and rater = ?2", issueId, rater));
        long removed = Score.delete("issueId = ?1 and rater = ?2 and criterionId = ?3", issueId, rater, criterionId);
        if (removed > 0) {
            ranking.recompute(issueId);
            audit.record("score", issueId, AuditTrail.Action.DELETE, before,
                    change(rater, Score.list("issueId = ?1 and rater = ?2", issueId, rater)));
        }
        return removed > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IssueScores scores(long issueId) {
        requireIssue(issueId);
        Map<String, List<RaterScore>> byRater = new java.util.TreeMap<>();
        for (Score s : Score.<Score>list("issueId = ?1 order by rater, criterionId", issueId)) {
            byRater.computeIfAbsent(s.rater, k -> new ArrayList<>())
                    .add(new RaterScore(s.criterionId, s.value, s.comment == null ? "" : s.comment));
        }
        List<RaterScores> raters = byRater.entrySet().stream()
                .map(e -> new RaterScores(e.getKey(), e.getValue())).toList();
        Map<Long, CellStats> cells = ranking.cells(List.of(issueId)).getOrDefault(issueId, Map.of());
        List<Aggregate> aggregate = Criterion.ordered().stream().filter(c -> cells.containsKey(c.id))
                .map(c -> {
                    CellStats cell = cells.get(c.id);
                    return new Aggregate(c.id, cell.mean(), cell.min(), cell.max(), cell.count());
                }).toList();
        return new IssueScores(raters, aggregate);
    }

    private static RaterChange change(String rater, java.util.Collection<? extends Object> scores) {
        Map<Long, Integer> values = new java.util.TreeMap<>();
        scores.forEach(o -> values.put(((Score) o).criterionId, ((Score) o).value));
        return new RaterChange(rater, values);
    }

    private static void requireIssue(long issueId) {
        if (Issue.findById(issueId) == null) {
            throw Problem.notFound("issue", issueId);
        }
    }
}
