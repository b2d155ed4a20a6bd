package kiku.hearing.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import kiku.hearing.HearingStatus;

/**
 * Plans a hearing CSV. The natural key is department + date: a department is rarely heard twice a
 * day, and the interviewer is often corrected, so it would make a poor key. When several stored
 * hearings share the key, the interviewer picks one. A column the file lacks keeps the stored value;
 * an empty cell clears it (an empty status keeps it, a new hearing's status follows from its date).
 */
public final class HearingPlan {

    public static final List<Column> COLUMNS = List.of(Column.DEPARTMENT, Column.DATE, Column.STATUS,
            Column.INTERVIEWER, Column.PARTICIPANTS, Column.NOTES, Column.FOLLOW_UP);

    public record Existing(long id, long departmentId, LocalDate heldOn, HearingStatus status, String interviewer,
                           String participants, String notes, String followUp, long version) {}

    /** What a line makes of the hearing; {@code status} null lets the service derive it from the date. */
    public record Values(Long departmentId, LocalDate heldOn, HearingStatus status, String interviewer,
                         String participants, String notes, String followUp) {}

    public record Step(CsvTable.Row row, Action action, Long targetId, Long targetVersion, Values values,
                       List<RowError> errors) implements PlannedRow {

        @Override
        public int line() {
            return row.line();
        }

        public String department() {
            return row.get(Column.DEPARTMENT);
        }

        public String date() {
            return row.get(Column.DATE);
        }

        public String interviewer() {
            return row.get(Column.INTERVIEWER);
        }
    }

    private final CsvTable.Table table;
    private final DepartmentRefs departments;
    private final List<Existing> stored;
    private final Function<Step, List<RowError>> check;
    /** Key (department and date) → line that claimed it; stored hearings claimed by id. */
    private final Map<String, Integer> claimedKeys = new HashMap<>();
    private final Map<Long, Integer> claimedIds = new HashMap<>();

    private HearingPlan(CsvTable.Table table, DepartmentRefs departments, List<Existing> stored,
                        Function<Step, List<RowError>> check) {
        this.table = table;
        this.departments = departments;
        this.stored = stored;
        this.check = check;
    }

    /** {@code check} applies the service's rules to a line that would be written and returns its errors. */
    public static Plan<Step> of(String text, DepartmentRefs departments, List<Existing> stored,
                                Function<Step, List<RowError>> check) {
        CsvTable.Table table = CsvTable.parse(text, COLUMNS, List.of(Column.DEPARTMENT, Column.DATE));
        HearingPlan plan = new HearingPlan(table, departments, stored, check);
        return new Plan<>(table.rows().stream().map(plan::step).toList(), table.errors());
    }

    private Step step(CsvTable.Row row) {
        List<RowError> errors = new ArrayList<>();
        int line = row.line();
        Long departmentId = row.get(Column.DEPARTMENT).isEmpty() ? null
                : departments.find(row.get(Column.DEPARTMENT), line, Column.DEPARTMENT, errors);
        LocalDate date = row.get(Column.DATE).isEmpty() ? null : Cells.date(row.get(Column.DATE));
        if (date == null && !row.get(Column.DATE).isEmpty()) {
            errors.add(new RowError(line, ImportError.INVALID_DATE, Column.DATE, row.get(Column.DATE)));
        }
        HearingStatus status = row.get(Column.STATUS).isEmpty() ? null : status(row.get(Column.STATUS));
        if (status == null && !row.get(Column.STATUS).isEmpty()) {
            errors.add(new RowError(line, ImportError.STATUS_UNKNOWN, Column.STATUS, row.get(Column.STATUS)));
        }
        if (departmentId == null || date == null || !errors.isEmpty()) {
            return failed(row, null, errors);
        }
        String key = departmentId + "|" + date;
        if (claimedKeys.containsKey(key)) {
            return failed(row, null, List.of(new RowError(line, ImportError.DUPLICATE_ROW, null,
                    String.valueOf(claimedKeys.get(key)))));
        }
        List<Existing> same = stored.stream().filter(h -> h.departmentId() == departmentId && h.heldOn().equals(date)).toList();
        if (same.size() > 1) {
            String interviewer = Cells.text(row.get(Column.INTERVIEWER));
            same = same.stream().filter(h -> Objects.equals(h.interviewer(), interviewer)).toList();
            if (same.size() != 1) {
                return failed(row, null, List.of(new RowError(line, ImportError.HEARING_AMBIGUOUS, null, "")));
            }
        }
        Existing target = same.isEmpty() ? null : same.get(0);
        if (target != null && claimedIds.containsKey(target.id())) {
            return failed(row, null, List.of(new RowError(line, ImportError.DUPLICATE_ROW, null,
                    String.valueOf(claimedIds.get(target.id())))));
        }
        Values values = values(row, departmentId, date, status, target);
        Action action = target == null ? Action.CREATE : unchanged(target, values) ? Action.UNCHANGED : Action.UPDATE;
        Step step = new Step(row, action, target == null ? null : target.id(), target == null ? null : target.version(),
                values, List.of());
        List<RowError> refused = action == Action.UNCHANGED ? List.of() : check.apply(step);
        if (!refused.isEmpty()) {
            return failed(row, values, refused);
        }
        claimedKeys.put(key, line);
        if (target != null) {
            claimedIds.put(target.id(), line);
        }
        return step;
    }

    /** The file's cells where it has the column, the stored values elsewhere. */
    private Values values(CsvTable.Row row, Long departmentId, LocalDate date, HearingStatus status, Existing target) {
        return new Values(departmentId, date, status != null || target == null ? status : target.status(),
                cell(row, Column.INTERVIEWER, target == null ? null : target.interviewer()),
                cell(row, Column.PARTICIPANTS, target == null ? null : target.participants()),
                cell(row, Column.NOTES, target == null ? null : target.notes()),
                cell(row, Column.FOLLOW_UP, target == null ? null : target.followUp()));
    }

    private String cell(CsvTable.Row row, Column column, String stored) {
        return table.has(column) ? Cells.text(row.get(column)) : stored;
    }

    private static boolean unchanged(Existing h, Values v) {
        return h.status() == v.status() && Objects.equals(Cells.text(nullToEmpty(h.interviewer())), v.interviewer())
                && Objects.equals(Cells.text(nullToEmpty(h.participants())), v.participants())
                && Objects.equals(Cells.text(nullToEmpty(h.notes())), v.notes())
                && Objects.equals(Cells.text(nullToEmpty(h.followUp())), v.followUp());
    }

    /** 予定 / 実施済(み) or the English constant (any case). */
    static HearingStatus status(String text) {
        return switch (Cells.normal(text).toUpperCase(java.util.Locale.ROOT)) {
            case "予定", "PLANNED" -> HearingStatus.PLANNED;
            case "実施済", "実施済み", "DONE" -> HearingStatus.DONE;
            default -> null;
        };
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Step failed(CsvTable.Row row, Values values, List<RowError> errors) {
        return new Step(row, Action.ERROR, null, null, values, List.copyOf(errors));
    }
}
