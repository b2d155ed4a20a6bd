package kiku.scoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import kiku.scoring.engine.CriterionSpec;
import kiku.scoring.engine.Direction;
import kiku.scoring.engine.Thresholds;

/** An agreed criterion (評価基準) on which every rater scores every issue. */
@Entity
public class Criterion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String description;

    public double weight;

    @Column(name = "min_score")
    public int minScore;

    @Column(name = "max_score")
    public int maxScore;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public boolean active;

    public int position;

    /** SCORED, or computed from the data (V7). */
    @Enumerated(EnumType.STRING)
    public CriterionSource source = CriterionSource.SCORED;

    /** A derived criterion's cut points as stored, e.g. "2,4,7,10"; null for a scored one. */
    public String thresholds;

    @Version
    public long version;

    /**
     * The largest weight, as CriterionDto allows. Weights are relative (SCORING.md §3), so any size
     * is a weight; this bound only keeps every sum and product of them finite (a sum of a thousand,
     * a sampled w(1 + r), a weight interval's end) where a weight near Double.MAX_VALUE would overflow.
     */
    public static final double MAX_WEIGHT = 1e300;

    /** The widest scale a criterion may have: its minScore and maxScore lie within ±SCALE_LIMIT. */
    public static final int SCALE_LIMIT = 1000;

    /** A scale any path may store: min below max, both within {@link #SCALE_LIMIT}. */
    public static boolean validScale(int minScore, int maxScore) {
        return -SCALE_LIMIT <= minScore && minScore < maxScore && maxScore <= SCALE_LIMIT;
    }

    /** A weight any path may store: finite, 0 to {@link #MAX_WEIGHT}. */
    public static boolean validWeight(Double weight) {
        return weight != null && Double.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT;
    }

    public CriterionSpec spec() {
        return new CriterionSpec(id, weight, minScore, maxScore, direction, active);
    }

    /** Computed from the data: raters cannot score it. */
    public boolean isDerived() {
        return source != null && source.derived();
    }

    /** The cut points, empty for a scored criterion. */
    public List<Double> thresholdList() {
        return thresholds == null ? List.of() : Thresholds.parse(thresholds);
    }

    /** The rule as a short hint, e.g. "2/4/7/10". */
    public String thresholdHint() {
        return Thresholds.format(thresholdList(), "/");
    }

    /** Every criterion in display order. */
    public static List<Criterion> ordered() {
        return list("order by position, id");
    }
}
