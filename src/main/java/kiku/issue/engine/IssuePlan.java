package kiku.issue.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import kiku.csvimport.engine.Action;
import kiku.csvimport.engine.Cells;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.CsvTable;
import kiku.csvimport.engine.DepartmentRefs;
import kiku.csvimport.engine.ImportError;
import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.PlannedRow;
import kiku.csvimport.engine.RowError;
import kiku.issue.IssueStatus;

/**
 * Plans an issue CSV. A line with an ID updates that issue; without one, the issue with exactly its
 * title, else a new one. A merged issue is never changed by an import: its line is refused, so
 * re-importing a sheet does not bring back what was merged away. A column the file lacks keeps the
 * stored value; an empty cell clears it (an empty status keeps it; a new issue starts as NEW).
 */
public final class IssuePlan {

    public static final List<Column> COLUMNS = List.of(Column.ID, Column.TITLE, Column.DEPARTMENTS, Column.DESCRIPTION,
            Column.BACKGROUND, Column.CATEGORY, Column.PROPOSAL, Column.STATUS, Column.ANNUAL_HOURS, Column.FISCAL_YEAR);

    public record Existing(long id, String title, IssueStatus status, String description, String background,
                           String category, String proposal, Double annualHours, Integer fiscalYear,
                           Set<Long> departmentIds, List<Long> hearingIds, long version) {}

    /** The issue as a line makes it; {@code hearingIds} are always the stored ones (a file cannot name hearings). */
    public record Values(String title, List<Long> departmentIds, String description, String background, String category,
                         String proposal, IssueStatus status, Double annualHours, Integer fiscalYear,
                         List<Long> hearingIds) {}

    public record Step(CsvTable.Row row, Action action, Long targetId, Long targetVersion, Values values,
                       List<RowError> errors) implements PlannedRow {

        @Override
        public int line() {
            return row.line();
        }

        public String title() {
            return row.get(Column.TITLE);
        }

        public String departments() {
            return row.get(Column.DEPARTMENTS);
        }
    }

    private final CsvTable.Table table;
    private final DepartmentRefs departments;
    private final List<Existing> stored;
    private final Function<Step, List<RowError>> check;
    private final Map<Long, Integer> claimedIds = new HashMap<>();
    private final Map<String, Integer> createdTitles = new HashMap<>();

    private IssuePlan(CsvTable.Table table, DepartmentRefs departments, List<Existing> stored,
                      Function<Step, List<RowError>> check) {
        this.table = table;
        this.departments = departments;
        this.stored = stored;
        this.check = check;
    }

    /** {@code check} applies the service's rules to a line that would be written and returns its errors. */
    public static Plan<Step> of(String text, DepartmentRefs departments, List<Existing> stored,
                                Function<Step, List<RowError>> check) {
        CsvTable.Table table = CsvTable.parse(text, COLUMNS, List.of(Column.TITLE));
        IssuePlan plan = new IssuePlan(table, departments, stored, check);
        return new Plan<>(table.rows().stream().map(plan::step).toList(), table.errors());
    }

    private Step step(CsvTable.Row row) {
        List<RowError> errors = new ArrayList<>();
        Existing target = target(row, errors);
        IssueValues read = new IssueValues(table, row, departments, errors);
        if (!errors.isEmpty()) {
            return failed(row, errors);
        }
        String title = row.get(Column.TITLE);
        Integer earlier = target != null ? claimedIds.get(target.id()) : createdTitles.get(title);
        if (earlier != null) {
            return failed(row, List.of(new RowError(row.line(), ImportError.DUPLICATE_ROW, null, String.valueOf(earlier))));
        }
        Values values = read.values(target);
        Action action = target == null ? Action.CREATE : unchanged(target, values) ? Action.UNCHANGED : Action.UPDATE;
        Step step = new Step(row, action, target == null ? null : target.id(), target == null ? null : target.version(),
                values, List.of());
        List<RowError> refused = action == Action.UNCHANGED ? List.of() : check.apply(step);
        if (!refused.isEmpty()) {
            return failed(row, refused);
        }
        if (target == null) {
            createdTitles.put(title, row.line());
        } else {
            claimedIds.put(target.id(), row.line());
        }
        return step;
    }

    /** The stored issue the line names by ID or by exact title; null for a new one or after an error. */
    private Existing target(CsvTable.Row row, List<RowError> errors) {
        String idCell = row.get(Column.ID);
        List<Existing> found;
        if (!idCell.isEmpty()) {
            Long id = Cells.id(idCell);
            if (id == null) {
                errors.add(new RowError(row.line(), ImportError.INVALID_ID, Column.ID, idCell));
                return null;
            }
            found = stored.stream().filter(i -> i.id() == id).toList();
            if (found.isEmpty()) {
                errors.add(new RowError(row.line(), ImportError.ISSUE_UNKNOWN, Column.ID, String.valueOf(id)));
                return null;
            }
        } else {
            String title = row.get(Column.TITLE);
            found = title.isEmpty() ? List.of() : stored.stream().filter(i -> i.title().equals(title)).toList();
            List<Existing> open = found.stream().filter(i -> i.status() != IssueStatus.MERGED).toList();
            if (open.size() > 1) {
                errors.add(new RowError(row.line(), ImportError.TITLE_AMBIGUOUS, Column.TITLE, title));
                return null;
            }
            found = open.isEmpty() ? found : open;
        }
        Existing target = found.isEmpty() ? null : found.get(0);
        if (target != null && target.status() == IssueStatus.MERGED) {
            errors.add(new RowError(row.line(), ImportError.ISSUE_MERGED, null, String.valueOf(target.id())));
            return null;
        }
        return target;
    }

    private static boolean unchanged(Existing i, Values v) {
        return i.title().equals(v.title()) && i.departmentIds().equals(new LinkedHashSet<>(v.departmentIds()))
                && Objects.equals(i.description(), v.description()) && Objects.equals(i.background(), v.background())
                && Objects.equals(i.category(), v.category()) && Objects.equals(i.proposal(), v.proposal())
                && i.status() == v.status() && Objects.equals(i.annualHours(), v.annualHours())
                && Objects.equals(i.fiscalYear(), v.fiscalYear());
    }

    private static Step failed(CsvTable.Row row, List<RowError> errors) {
        return new Step(row, Action.ERROR, null, null, null, List.copyOf(errors));
    }
}
