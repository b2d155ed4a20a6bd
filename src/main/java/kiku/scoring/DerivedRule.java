package kiku.scoring;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;
import kiku.scoring.engine.Thresholds;
import kiku.web.Problem;

/** What a criterion's source and thresholds must satisfy before they are stored. */
final class DerivedRule {

    private DerivedRule() {}

    /**
     * A derived source needs max - min ascending cut points >= 0 (400 otherwise); a scored one none.
     * Becoming derived while people have scored the criterion is refused (409): their scores would
     * otherwise be mixed into the computed value, and deleting them silently would lose judgements.
     */
    static void check(Criterion criterion, CriterionDto input, int min, int max) {
        List<Double> cuts = input.thresholds() == null ? List.of() : input.thresholds();
        if (!input.sourceOrDefault().derived()) {
            if (!cuts.isEmpty()) {
                throw Problem.invalid("thresholds", "criterion.thresholdsScored");
            }
            return;
        }
        Thresholds.Fault fault = Thresholds.check(cuts, min, max);
        if (fault != null) {
            throw switch (fault) {
                case COUNT -> Problem.invalid("thresholds", "criterion.thresholdsCount", min, max, max - min);
                case NOT_FINITE -> Problem.invalid("thresholds", "criterion.thresholdsFinite");
                case NEGATIVE -> Problem.invalid("thresholds", "criterion.thresholdsNegative");
                case NOT_ASCENDING -> Problem.invalid("thresholds", "criterion.thresholdsOrder");
            };
        }
        if (criterion.id != null && !criterion.isDerived() && Panache.getEntityManager()
                .createQuery("select count(s) from Score s where s.criterionId = :id", Long.class)
                .setParameter("id", criterion.id).getSingleResult() > 0) {
            throw Problem.conflict("criterion.derivedHasScores");
        }
    }

    /** The cut points as the criterion row keeps them, e.g. "2,4,7,10"; null for a scored criterion. */
    static String stored(CriterionDto input) {
        return input.sourceOrDefault().derived() ? Thresholds.format(input.thresholds(), ",") : null;
    }
}
