package kiku.issue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.TreeMap;
import kiku.plan.engine.FiscalYear;

/**
 * An issue as the API shows and takes it; {@code mergedIntoId} is read-only. The plan fields come last (added with
 * the fiscal-year plan): the half is planning, like status and year; the estimates are an officer's content.
 * {@code evidence} holds the quotes on the hearing links; null in an input keeps the stored ones.
 */
public record IssueDto(
        Long id,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20_000) String description,
        @Size(max = 20_000) String background,
        @Size(max = 100) String category,
        @Size(max = 500) String proposal,
        IssueStatus status,
        @NotEmpty @Size(max = 500) List<@NotNull Long> departmentIds,
        @Size(max = 500) List<@NotNull Long> hearingIds,
        @PositiveOrZero @DecimalMax("1000000000") Double annualHours,
        @Min(1900) @Max(2999) Integer fiscalYear,
        Long mergedIntoId,
        Long version,
        FiscalYear.Half plannedHalf,
        @PositiveOrZero @Max(1_000_000_000_000L) Long estimatedCostYen,
        @PositiveOrZero @DecimalMax("10000000") Double effortHours,
        @PositiveOrZero @Max(100_000_000) Integer casesPerYear,
        @PositiveOrZero @DecimalMax("100000") Double minutesPerCase,
        @Size(max = 500) List<@NotNull @Valid EvidenceQuote> evidence) {

    /** Entered directly, or cases per year × minutes per case when both are given. */
    public Double derivedAnnualHours() {
        // boxed on purpose: a primitive branch would unbox a null annualHours
        return casesPerYear != null && minutesPerCase != null ? Double.valueOf(casesPerYear * minutesPerCase / 60) : annualHours;
    }

    public static IssueDto of(Issue i) {
        return new IssueDto(i.id, i.title, i.description, i.background, i.category, i.proposal, i.status,
                // by id: a loaded set has no order of its own
                i.departmentIds.stream().sorted().toList(), i.hearingIds.stream().sorted().toList(),
                i.annualHours, i.fiscalYear, i.mergedIntoId,
                i.version, i.plannedHalf, i.estimatedCostYen, i.effortHours, i.casesPerYear, i.minutesPerCase,
                evidence(i));
    }

    /** One entry per linked hearing with a quote, by hearing id. */
    public static List<EvidenceQuote> evidence(Issue i) {
        return new TreeMap<>(i.quotes).entrySet().stream().filter(e -> i.hearingIds.contains(e.getKey()))
                .map(e -> new EvidenceQuote(e.getKey(), e.getValue())).toList();
    }
}
