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

    @Version
    public long version;

    /** The largest weight, as CriterionDto allows; larger ones would overflow the sum of weights. */
    public static final double MAX_WEIGHT = 1_000_000;

    /** A weight any path may store: finite, 0 to {@link #MAX_WEIGHT}. */
    public static boolean validWeight(Double weight) {
        return weight != null && Double.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT;
    }

    public CriterionSpec spec() {
        return new CriterionSpec(id, weight, minScore, maxScore, direction, active);
    }

    /** Every criterion in display order. */
    public static List<Criterion> ordered() {
        return list("order by position, id");
    }
}
