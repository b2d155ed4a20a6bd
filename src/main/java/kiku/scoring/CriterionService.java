package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiku.audit.AuditTrail;
import kiku.scoring.engine.Ahp;
import kiku.scoring.engine.Direction;
import kiku.web.Paging;
import kiku.web.Problem;
import kiku.web.Versions;
import static kiku.web.Text.blankToNull;

/** Criteria and their weights. Every change that can move a total recomputes all totals at once. */
@ApplicationScoped
@Transactional
public class CriterionService {

    @Inject
    RankingStore ranking;

    @Inject
    AuditTrail audit;

    @Inject
    DerivedScores derived;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging.Result<CriterionDto> list(Paging paging) {
        return paging.slice(Criterion.ordered().stream().map(CriterionDto::of).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Criterion get(long id) {
        Criterion criterion = Criterion.findById(id);
        if (criterion == null) {
            throw Problem.notFound("criterion", id);
        }
        return criterion;
    }

    public CriterionDto create(CriterionDto input) {
        ranking.lock();
        Criterion criterion = new Criterion();
        apply(criterion, input);
        criterion.persist();
        if (derived.refresh(criterion)) {
            ranking.recomputeAll(); // computed values changed: summaries are rebuilt with them
        } else {
            ranking.retotalAll();
        }
        CriterionDto created = CriterionDto.of(criterion);
        audit.record("criterion", criterion.id, AuditTrail.Action.CREATE, null, created);
        return created;
    }

    public CriterionDto update(long id, CriterionDto input) {
        ranking.lock();
        Criterion criterion = get(id);
        Versions.check(criterion.version, input.version());
        CriterionDto before = CriterionDto.of(criterion);
        apply(criterion, input);
        Panache.getEntityManager().flush();
        if (derived.refresh(criterion)) {
            ranking.recomputeAll(); // computed values changed: summaries are rebuilt with them
        } else {
            ranking.retotalAll();
        }
        CriterionDto after = CriterionDto.of(criterion);
        audit.record("criterion", id, AuditTrail.Action.UPDATE, before, after);
        return after;
    }

    public void delete(long id) {
        ranking.lock();
        Criterion criterion = get(id);
        audit.record("criterion", id, AuditTrail.Action.DELETE, CriterionDto.of(criterion), null);
        criterion.delete();
        Panache.getEntityManager().flush();
        ranking.recomputeAll();
    }

    /** Sets several weights at once: all or nothing. */
    public List<CriterionDto> setWeights(Map<Long, Double> weights) {
        ranking.lock();
        List<Criterion> changed = new ArrayList<>();
        weights.forEach((id, weight) -> {
            if (!Criterion.validWeight(weight)) {
                throw Problem.invalid("weights." + id, "criterion.weight");
            }
            Criterion criterion = Criterion.findById(id);
            if (criterion == null) {
                throw Problem.unknownReference("weights." + id, "criterion", id);
            }
            changed.add(criterion);
        });
        List<CriterionDto> before = changed.stream().map(CriterionDto::of).toList();
        changed.forEach(c -> c.weight = weights.get(c.id) + 0.0); // + 0.0 stores -0.0 as 0.0
        Panache.getEntityManager().flush();
        for (int i = 0; i < changed.size(); i++) {
            audit.record("criterion", changed.get(i).id, AuditTrail.Action.UPDATE, before.get(i),
                    CriterionDto.of(changed.get(i)));
        }
        ranking.retotalAll();
        return Criterion.ordered().stream().map(CriterionDto::of).toList();
    }

    /** Applies AHP weights to exactly the active criteria; an inconsistent judgement needs explicit consent. */
    public List<CriterionDto> applyAhp(List<Long> criterionIds, double[][] matrix, boolean acceptInconsistent) {
        List<Long> active = Criterion.<Criterion>list("active = true").stream().map(c -> c.id).sorted().toList();
        if (criterionIds.size() != active.size() || !active.equals(criterionIds.stream().sorted().toList())
                || criterionIds.stream().distinct().count() != criterionIds.size()) {
            throw Problem.invalid("criterionIds", "ahp.ids");
        }
        if (matrix.length != criterionIds.size()) {
            throw Problem.invalid("matrix", "ahp.size");
        }
        Ahp.AhpResult result = AhpInput.evaluate(matrix);
        if (!result.consistent() && !acceptInconsistent) {
            throw Problem.unprocessable("ahp.inconsistent", String.format("%.3f", result.consistencyRatio()));
        }
        Map<Long, Double> weights = new java.util.HashMap<>();
        for (int i = 0; i < criterionIds.size(); i++) {
            weights.put(criterionIds.get(i), result.weights()[i]);
        }
        return setWeights(weights);
    }

    private void apply(Criterion criterion, CriterionDto input) {
        String name = input.name().strip();
        if (Criterion.<Criterion>stream("name", name).anyMatch(other -> !other.id.equals(criterion.id))) {
            throw Problem.conflict("criterion.duplicate", name);
        }
        int min = input.minScore() == null ? 1 : input.minScore();
        int max = input.maxScore() == null ? 5 : input.maxScore();
        if (min >= max) {
            throw Problem.invalid("maxScore", "criterion.scale");
        }
        DerivedRule.check(criterion, input, min, max);
        if (criterion.id != null && (min != criterion.minScore || max != criterion.maxScore)
                && Panache.getEntityManager().createQuery("select count(s) from Score s where s.criterionId = :id"
                        + " and (s.value < :min or s.value > :max)", Long.class).setParameter("id", criterion.id)
                        .setParameter("min", min).setParameter("max", max).getSingleResult() > 0) {
            throw Problem.conflict("criterion.scaleInUse");
        }
        criterion.source = input.sourceOrDefault();
        criterion.thresholds = DerivedRule.stored(input);
        criterion.name = name;
        criterion.description = blankToNull(input.description());
        criterion.weight = input.weight();
        criterion.minScore = min;
        criterion.maxScore = max;
        criterion.direction = input.direction() == null ? Direction.BENEFIT : input.direction();
        criterion.active = input.active() == null || input.active();
        criterion.position = input.position() != null ? input.position()
                : criterion.id != null ? criterion.position : nextPosition();
    }

    private static int nextPosition() {
        Integer max = Panache.getEntityManager().createQuery("select max(c.position) from Criterion c", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
