package kiku.scoring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import kiku.scoring.engine.Direction;
import kiku.scoring.engine.Thresholds;

/**
 * A criterion as the API shows and takes it. Scale defaults to 1..5, direction to BENEFIT, source
 * to SCORED; a derived source needs {@code thresholds} (max - min ascending cut points).
 */
public record CriterionDto(
        Long id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotNull @PositiveOrZero @DecimalMax("1e300") Double weight,
        @Min(-Criterion.SCALE_LIMIT) @Max(Criterion.SCALE_LIMIT) Integer minScore,
        @Min(-Criterion.SCALE_LIMIT) @Max(Criterion.SCALE_LIMIT) Integer maxScore,
        Direction direction,
        Boolean active,
        @Min(0) @Max(100000) Integer position,
        Long version,
        CriterionSource source,
        @Size(max = Thresholds.MAX) List<Double> thresholds) {

    /** Without the V7 fields: an ordinary scored criterion. */
    public CriterionDto(Long id, String name, String description, Double weight, Integer minScore, Integer maxScore,
                        Direction direction, Boolean active, Integer position, Long version) {
        this(id, name, description, weight, minScore, maxScore, direction, active, position, version, null, null);
    }

    static CriterionDto of(Criterion c) {
        return new CriterionDto(c.id, c.name, c.description, c.weight, c.minScore, c.maxScore, c.direction, c.active,
                c.position, c.version, c.source, c.thresholdList());
    }

    /** The source asked for; omitted means SCORED. */
    public CriterionSource sourceOrDefault() {
        return source == null ? CriterionSource.SCORED : source;
    }
}
