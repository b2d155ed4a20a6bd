package kiku.department.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import kiku.csvimport.engine.Action;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.ImportError;
import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.PlannedRow;
import kiku.csvimport.engine.RowError;
import kiku.department.DepartmentKind;

/**
 * Plans a department CSV against the stored tree: a line updates the department with its code,
 * else the one with its name under the same parent, else creates one. A parent is named by code
 * or name and must exist or come on an earlier line (a line that fails creates nothing, so the
 * lines below it fail too, also when only the valid lines are imported).
 */
public final class DepartmentPlan {

    public record Existing(long id, String name, DepartmentKind kind, Long parentId, String code, boolean active,
                           long version) {}

    /**
     * One line's outcome. The parent is either a stored department ({@code parentId}) or the one an
     * earlier step creates ({@code parentStep}, an index into the plan's steps).
     */
    public record Step(DepartmentCsv.Row row, DepartmentKind kind, String code, Action action, Long targetId,
                       Long targetVersion, Long parentId, Integer parentStep, boolean active, List<RowError> errors)
            implements PlannedRow {

        @Override
        public int line() {
            return row.line();
        }
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<DepartmentNode> nodes = new ArrayList<>();
    private final List<Existing> existing;

    private DepartmentPlan(List<Existing> existing) {
        this.existing = existing;
        for (Existing e : existing) {
            nodes.add(new DepartmentNode(e.id(), null, e.name(), e.kind(), e.code()));
        }
        for (int i = 0; i < existing.size(); i++) {
            Long parentId = existing.get(i).parentId();
            nodes.get(i).parent = nodes.stream().filter(n -> n.id.equals(parentId)).findFirst().orElse(null);
        }
    }

    public static Plan<Step> of(DepartmentCsv.Result csv, List<Existing> existing) {
        DepartmentPlan plan = new DepartmentPlan(existing);
        for (DepartmentCsv.Row row : csv.rows()) {
            plan.steps.add(plan.step(row));
        }
        return new Plan<>(plan.steps, csv.errors());
    }

    private Step step(DepartmentCsv.Row row) {
        List<RowError> errors = new ArrayList<>();
        String name = row.name();
        if (name.isEmpty()) {
            errors.add(error(row, ImportError.REQUIRED, Column.NAME, ""));
        } else if (name.length() > 200) {
            errors.add(error(row, ImportError.TOO_LONG, Column.NAME, "200"));
        }
        DepartmentKind kind = kind(row.kind());
        if (row.kind().isEmpty()) {
            errors.add(error(row, ImportError.REQUIRED, Column.KIND, ""));
        } else if (kind == null) {
            errors.add(error(row, ImportError.KIND_UNKNOWN, Column.KIND, row.kind()));
        }
        String code = row.code().isEmpty() ? null : row.code();
        if (code != null && code.length() > 64) {
            errors.add(error(row, ImportError.TOO_LONG, Column.CODE, "64"));
        }
        DepartmentNode parent = row.parent().isEmpty() ? null : parent(row, errors);
        if (!errors.isEmpty()) {
            return failed(row, kind, code, errors);
        }
        DepartmentNode match = code == null ? null : nodes.stream().filter(n -> code.equals(n.code)).findFirst().orElse(null);
        if (match == null) {
            match = nodes.stream().filter(n -> n.name.equals(name) && n.parent == parent).findFirst().orElse(null);
        }
        if (match != null && match.touched()) {
            return failed(row, kind, code, List.of(error(row, ImportError.DUPLICATE_ROW, null, String.valueOf(match.line))));
        }
        if (match == null) {
            DepartmentNode created = new DepartmentNode(null, steps.size(), name, kind, code);
            created.parent = parent;
            created.line = row.line();
            nodes.add(created);
            return new Step(row, kind, code, Action.CREATE, null, null, parentId(parent), parentStep(parent), true,
                    List.of());
        }
        return update(row, match, kind, code, parent);
    }

    private Step update(DepartmentCsv.Row row, DepartmentNode match, DepartmentKind kind, String code,
                        DepartmentNode parent) {
        if (parent != null && parent.isBelow(match)) {
            return failed(row, kind, code, List.of(error(row, ImportError.CYCLE, Column.PARENT, row.parent())));
        }
        String name = row.name();
        if (nodes.stream().anyMatch(n -> n != match && n.name.equals(name) && n.parent == parent)) {
            return failed(row, kind, code, List.of(error(row, ImportError.NAME_TAKEN, Column.NAME, name)));
        }
        String newCode = code == null ? match.code : code;
        boolean same = match.name.equals(name) && match.kind == kind && match.parent == parent
                && Objects.equals(match.code, newCode);
        match.name = name;
        match.kind = kind;
        match.code = newCode;
        match.parent = parent;
        match.line = row.line();
        Existing stored = existing.stream().filter(e -> e.id() == match.id).findFirst().orElseThrow();
        return new Step(row, kind, newCode, same ? Action.UNCHANGED : Action.UPDATE, match.id, stored.version(),
                parentId(parent), parentStep(parent), stored.active(), List.of());
    }

    /** By code first (codes are meant to be unique), then by name. */
    private DepartmentNode parent(DepartmentCsv.Row row, List<RowError> errors) {
        String ref = row.parent();
        List<DepartmentNode> byCode = nodes.stream().filter(n -> ref.equals(n.code)).toList();
        if (byCode.size() == 1) {
            return byCode.get(0);
        }
        List<DepartmentNode> byName = nodes.stream().filter(n -> ref.equals(n.name)).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        errors.add(error(row, byName.isEmpty() ? ImportError.PARENT_UNKNOWN : ImportError.PARENT_AMBIGUOUS,
                Column.PARENT, ref));
        return null;
    }

    /** 部, 課, 係 or the English constant (any case). */
    static DepartmentKind kind(String text) {
        return switch (text.strip()) {
            case "部" -> DepartmentKind.BUREAU;
            case "課" -> DepartmentKind.DEPARTMENT;
            case "係" -> DepartmentKind.UNIT;
            default -> Arrays.stream(DepartmentKind.values())
                    .filter(k -> k.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst().orElse(null);
        };
    }

    private static Long parentId(DepartmentNode parent) {
        return parent == null ? null : parent.id;
    }

    private static Integer parentStep(DepartmentNode parent) {
        return parent == null || parent.id != null ? null : parent.step;
    }

    private static Step failed(DepartmentCsv.Row row, DepartmentKind kind, String code, List<RowError> errors) {
        return new Step(row, kind, code, Action.ERROR, null, null, null, null, true, List.copyOf(errors));
    }

    private static RowError error(DepartmentCsv.Row row, ImportError error, Column column, String value) {
        return new RowError(row.line(), error, column, value);
    }
}
