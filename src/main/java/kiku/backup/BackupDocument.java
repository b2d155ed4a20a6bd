package kiku.backup;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kiku.department.DepartmentKind;
import kiku.hearing.HearingStatus;
import kiku.issue.EvidenceQuote;
import kiku.issue.IssueStatus;
import kiku.plan.engine.FiscalYear;
import kiku.scoring.CriterionSource;
import kiku.scoring.engine.Direction;

/** Everything Kiku holds, as one JSON document; rows keep their ids and versions. */
public record BackupDocument(
        @NotNull String format,
        @NotNull Integer formatVersion,
        OffsetDateTime exportedAt,
        @NotNull List<@Valid @NotNull UserRow> users,
        @NotNull List<@Valid @NotNull DepartmentRow> departments,
        @NotNull List<@Valid @NotNull HearingRow> hearings,
        @NotNull List<@Valid @NotNull IssueRow> issues,
        @NotNull List<@Valid @NotNull CriterionRow> criteria,
        @NotNull List<@Valid @NotNull ScoreRow> scores,
        @NotNull List<@Valid @NotNull SnapshotRow> snapshots,
        List<@Valid @NotNull CapacityRow> capacities,
        List<@Valid @NotNull OverrideRow> overrides) {

    /** Backups taken before the fiscal-year plan or rank overrides have none of them: read as empty. */
    public BackupDocument {
        capacities = capacities == null ? List.of() : capacities;
        overrides = overrides == null ? List.of() : overrides;
    }

    public static final String FORMAT = "kiku-backup";
    public static final int VERSION = 1;

    public record UserRow(@NotNull Long id, @NotBlank String username, @NotBlank String passwordHash,
                          @NotNull String displayName, @NotNull List<@NotBlank String> roles, long version) {}

    public record DepartmentRow(@NotNull Long id, @NotBlank String name, @NotNull DepartmentKind kind, Long parentId,
                                String code, boolean active, long version) {}

    public record HearingRow(@NotNull Long id, @NotNull Long departmentId, @NotNull LocalDate heldOn,
                             @NotNull HearingStatus status, String interviewer, String participants, String notes,
                             String followUp, boolean followUpDone, long version) {}

    public record IssueRow(@NotNull Long id, @NotBlank String title, String description, String background,
                           String category, String proposal, @NotNull IssueStatus status,
                           @NotNull List<@NotNull Long> departmentIds, @NotNull List<@NotNull Long> hearingIds,
                           Double annualHours, Integer fiscalYear, Long mergedIntoId, long version,
                           FiscalYear.Half plannedHalf, Long estimatedCostYen, Double effortHours,
                           Integer casesPerYear, Double minutesPerCase,
                           List<@Valid @NotNull EvidenceQuote> evidence) {

        /** Backups taken before quotes on hearing links (V6) have none: read as empty. */
        public IssueRow {
            evidence = evidence == null ? List.of() : evidence;
        }
    }

    /** {@code source} and {@code thresholds} (V7): backups taken before read as a scored criterion. */
    public record CriterionRow(@NotNull Long id, @NotBlank String name, String description, double weight,
                               int minScore, int maxScore, @NotNull Direction direction, boolean active, int position,
                               long version, CriterionSource source, List<Double> thresholds) {
        public CriterionRow {
            source = source == null ? CriterionSource.SCORED : source;
            thresholds = thresholds == null ? List.of() : thresholds;
        }
    }

    public record ScoreRow(@NotNull Long id, @NotNull Long issueId, @NotNull Long criterionId, @NotBlank String rater,
                           int value, String comment, long version) {}

    public record CapacityRow(@NotNull Integer fiscalYear, long budgetYen, double staffHours, long version) {}

    /** A rank override (V4): exactly one of above and below. */
    public record OverrideRow(@NotNull Long issueId, Long above, Long below, @NotBlank String reason,
                              @NotBlank String createdBy, @NotNull OffsetDateTime createdAt, long version) {}

    public record SnapshotRow(@NotNull Long id, @NotBlank String name, @NotNull OffsetDateTime takenAt,
                              @NotNull JsonNode content, long version) {}
}
