package kiku.backup;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kiku.account.Role;
import kiku.issue.EvidenceQuote;
import kiku.plan.engine.FiscalYear;
import kiku.scoring.Criterion;
import kiku.scoring.engine.Thresholds;
import kiku.web.Problem;

/** A backup must be whole before anything is written: known format, unique ids, no dangling references. */
final class BackupCheck {

    private BackupCheck() {}

    static void check(BackupDocument doc) {
        if (!BackupDocument.FORMAT.equals(doc.format())) {
            throw Problem.invalid("format", "backup.format");
        }
        if (doc.formatVersion() != BackupDocument.VERSION) {
            throw Problem.invalid("formatVersion", "backup.formatVersion", BackupDocument.VERSION);
        }
        ids(doc.users(), BackupDocument.UserRow::id, "users");
        unique(doc.users().stream().map(BackupDocument.UserRow::username).toList(), "users");
        for (var u : doc.users()) {
            if (u.roles().isEmpty() || !Role.names().containsAll(u.roles())) {
                throw Problem.invalid("users.roles", "backup.invalid", u.id());
            }
        }
        // Kiku never lets its last administrator go; restoring accounts without one would lock everyone out.
        if (doc.users().stream().noneMatch(u -> u.roles().contains(Role.ADMIN))) {
            throw Problem.invalid("users", "backup.noAdmin");
        }
        Set<Long> departments = ids(doc.departments(), BackupDocument.DepartmentRow::id, "departments");
        Set<Long> hearings = ids(doc.hearings(), BackupDocument.HearingRow::id, "hearings");
        Set<Long> issues = ids(doc.issues(), BackupDocument.IssueRow::id, "issues");
        Set<Long> criteria = ids(doc.criteria(), BackupDocument.CriterionRow::id, "criteria");
        ids(doc.scores(), BackupDocument.ScoreRow::id, "scores");
        ids(doc.snapshots(), BackupDocument.SnapshotRow::id, "snapshots");
        for (var d : doc.departments()) {
            refers(departments, d.parentId(), "departments.parentId");
        }
        DepartmentOrder.parentsFirst(doc.departments());
        for (var h : doc.hearings()) {
            refers(departments, h.departmentId(), "hearings.departmentId");
        }
        for (var i : doc.issues()) {
            i.departmentIds().forEach(id -> refers(departments, id, "issues.departmentIds"));
            i.hearingIds().forEach(id -> refers(hearings, id, "issues.hearingIds"));
            refers(issues, i.mergedIntoId(), "issues.mergedIntoId");
            Set<Long> linked = new HashSet<>(i.hearingIds());
            ids(i.evidence(), EvidenceQuote::hearingId, "issues.evidence").forEach(id -> refers(linked, id, "issues.evidence"));
        }
        Map<Long, BackupDocument.CriterionRow> criteriaById = new HashMap<>();
        for (var c : doc.criteria()) {
            if (!Criterion.validScale(c.minScore(), c.maxScore()) || !Criterion.validWeight(c.weight())
                    || (c.source().derived() ? Thresholds.check(c.thresholds(), c.minScore(), c.maxScore()) != null
                            : !c.thresholds().isEmpty())) {
                throw Problem.invalid("criteria", "backup.invalid", c.id());
            }
            criteriaById.put(c.id(), c);
        }
        Set<Integer> years = new HashSet<>();
        for (var y : doc.capacities()) {
            if (!years.add(y.fiscalYear()) || y.fiscalYear() < FiscalYear.MIN || y.fiscalYear() > FiscalYear.MAX
                    || y.budgetYen() < 0 || !(y.staffHours() >= 0) || Double.isInfinite(y.staffHours())) {
                throw Problem.invalid("capacities", "backup.invalid", y.fiscalYear());
            }
        }
        for (var i : doc.issues()) {
            if (i.plannedHalf() != null && i.fiscalYear() == null) {
                throw Problem.invalid("issues.plannedHalf", "backup.invalid", i.id());
            }
        }
        Set<Long> placed = new HashSet<>();
        for (var o : doc.overrides()) {
            refers(issues, o.issueId(), "overrides.issueId");
            refers(issues, o.above(), "overrides.above");
            refers(issues, o.below(), "overrides.below");
            if (!placed.add(o.issueId()) || (o.above() == null) == (o.below() == null)
                    || o.reason().length() > kiku.backlog.OverrideService.REASON_MAX) {
                throw Problem.invalid("overrides", "backup.duplicate", o.issueId());
            }
        }
        Set<String> cells = new HashSet<>();
        for (var s : doc.scores()) {
            refers(issues, s.issueId(), "scores.issueId");
            refers(criteria, s.criterionId(), "scores.criterionId");
            var criterion = criteriaById.get(s.criterionId());
            if (criterion.source().derived()) { // computed criteria have no raters' scores
                throw Problem.invalid("scores.criterionId", "backup.reference", s.criterionId());
            }
            if (!cells.add(s.issueId() + "/" + s.criterionId() + "/" + s.rater())) {
                throw Problem.invalid("scores", "backup.duplicate", s.id());
            }
            // off its scale, a score would rank with a total beyond 0-100
            if (s.value() < criterion.minScore() || s.value() > criterion.maxScore()) {
                throw Problem.invalid("scores.value", "backup.invalid", s.id());
            }
        }
    }

    private static <T> Set<Long> ids(List<T> rows, Function<T, Long> id, String field) {
        Set<Long> ids = new HashSet<>();
        for (T row : rows) {
            Long value = id.apply(row);
            if (value <= 0 || !ids.add(value)) {
                throw Problem.invalid(field, "backup.duplicate", value);
            }
        }
        return ids;
    }

    private static void unique(List<String> values, String field) {
        if (new HashSet<>(values).size() != values.size()) {
            throw Problem.invalid(field, "backup.duplicate", field);
        }
    }

    private static void refers(Set<Long> ids, Long id, String field) {
        if (id != null && !ids.contains(id)) {
            throw Problem.invalid(field, "backup.reference", id);
        }
    }
}
