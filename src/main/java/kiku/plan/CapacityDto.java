package kiku.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A fiscal year's capacity as the API shows and takes it. The year comes from the path on a PUT; {@code version} is
 * ignored when the year has no capacity yet (the PUT creates it) and must match otherwise (409).
 */
public record CapacityDto(
        Integer fiscalYear,
        @NotNull @PositiveOrZero @Max(1_000_000_000_000_000L) Long budgetYen,
        @NotNull @PositiveOrZero @DecimalMax("100000000") Double staffHours,
        Long version) {

    static CapacityDto of(FiscalYearCapacity c) {
        return new CapacityDto(c.fiscalYear, c.budgetYen, c.staffHours, c.version);
    }
}
