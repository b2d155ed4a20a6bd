package kiku.department.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import kiku.department.DepartmentKind;

/**
 * What importing a department CSV would do, line by line, against the departments that exist:
 * a line updates the department with its code, else the one with its name under the same parent,
 * else creates one. A parent is named by code or name and must exist or come on an earlier line.
 * Nothing here touches a database: the page previews the plan, the service carries it out.
 */
public final class ImportPlan {

    public enum Action { CREATE, UPDATE, UNCHANGED, ERROR }

    public record Existing(long id, String name, DepartmentKind kind, Long parentId, String code, boolean active) {}

    /**
     * One line's outcome. The parent is either an existing department ({@code parentId}) or the one an
     * earlier step creates ({@code parentStep}, an index into {@link #steps()}).
     */
    public record Step(DepartmentCsv.Row row, DepartmentKind kind, String code, Action action, Long targetId,
                       Long parentId, Integer parentStep, boolean active, List<DepartmentCsv.RowError> errors) {}

    /** A department as the plan goes: existing ones, then those the import creates or changes. */
    private static final class Node {
        final Long id;
        final Integer step;
        String name;
        DepartmentKind kind;
        String code;
        Node parent;
        boolean touched;

        Node(Long id, Integer step, String name, DepartmentKind kind, String code) {
            this.id = id;
            this.step = step;
            this.name = name;
            this.kind = kind;
            this.code = code;
        }
    }

    private final List<Step> steps = new ArrayList<>();
    private final List<DepartmentCsv.RowError> fileErrors;

    private ImportPlan(List<DepartmentCsv.RowError> fileErrors) {
        this.fileErrors = List.copyOf(fileErrors);
    }

    public List<Step> steps() {
        return steps;
    }

    /** Errors that belong to no planned line: a missing column, an unterminated quote. */
    public List<DepartmentCsv.RowError> fileErrors() {
        return fileErrors;
    }

    public boolean valid() {
        return fileErrors.isEmpty() && steps.stream().noneMatch(s -> s.action() == Action.ERROR);
    }

    public long count(Action action) {
        return steps.stream().filter(s -> s.action() == action).count();
    }

    /** Counts for the preview's summary line: new, updated, unchanged and refused lines. */
    public List<Long> counts() {
        return List.of(count(Action.CREATE), count(Action.UPDATE), count(Action.UNCHANGED),
                count(Action.ERROR) + fileErrors.size());
    }

    public static ImportPlan of(DepartmentCsv.Result csv, List<Existing> existing) {
        ImportPlan plan = new ImportPlan(csv.errors());
        List<Node> nodes = new ArrayList<>();
        for (Existing e : existing) {
            nodes.add(new Node(e.id(), null, e.name(), e.kind(), e.code()));
        }
        for (int i = 0; i < existing.size(); i++) {
            Long parentId = existing.get(i).parentId();
            nodes.get(i).parent = nodes.stream().filter(n -> n.id.equals(parentId)).findFirst().orElse(null);
        }
        for (DepartmentCsv.Row row : csv.rows()) {
            plan.steps.add(plan.step(row, nodes, existing));
        }
        return plan;
    }

    private Step step(DepartmentCsv.Row row, List<Node> nodes, List<Existing> existing) {
        List<DepartmentCsv.RowError> errors = new ArrayList<>();
        String name = row.name();
        if (name.isEmpty()) {
            errors.add(error(row, ImportError.NAME_REQUIRED, ""));
        } else if (name.length() > 200) {
            errors.add(error(row, ImportError.NAME_TOO_LONG, "200"));
        }
        DepartmentKind kind = kind(row.kind());
        if (row.kind().isEmpty()) {
            errors.add(error(row, ImportError.KIND_REQUIRED, ""));
        } else if (kind == null) {
            errors.add(error(row, ImportError.KIND_UNKNOWN, row.kind()));
        }
        String code = row.code().isEmpty() ? null : row.code();
        if (code != null && code.length() > 64) {
            errors.add(error(row, ImportError.CODE_TOO_LONG, "64"));
        }
        Node parent = row.parent().isEmpty() ? null : parent(row, nodes, errors);
        if (!errors.isEmpty()) {
            return failed(row, kind, code, errors);
        }
        Node match = code == null ? null : nodes.stream().filter(n -> code.equals(n.code)).findFirst().orElse(null);
        if (match == null) {
            match = nodes.stream().filter(n -> n.name.equals(name) && n.parent == parent).findFirst().orElse(null);
        }
        if (match != null && (match.touched || match.step != null)) {
            return failed(row, kind, code, List.of(error(row, ImportError.DUPLICATE_ROW, "")));
        }
        if (match == null) {
            Node created = new Node(null, steps.size(), name, kind, code);
            created.parent = parent;
            created.touched = true;
            nodes.add(created);
            return new Step(row, kind, code, Action.CREATE, null, parentId(parent), parentStep(parent), true, List.of());
        }
        return update(row, match, name, kind, code, parent, nodes, existing);
    }

    private Step update(DepartmentCsv.Row row, Node match, String name, DepartmentKind kind, String code, Node parent,
                        List<Node> nodes, List<Existing> existing) {
        for (Node up = parent; up != null; up = up.parent) {
            if (up == match) {
                return failed(row, kind, code, List.of(error(row, ImportError.CYCLE, row.parent())));
            }
        }
        final Node target = match;
        if (nodes.stream().anyMatch(n -> n != target && n.name.equals(name) && n.parent == parent)) {
            return failed(row, kind, code, List.of(error(row, ImportError.NAME_TAKEN, name)));
        }
        String newCode = code == null ? match.code : code;
        boolean same = match.name.equals(name) && match.kind == kind && match.parent == parent
                && Objects.equals(match.code, newCode);
        match.name = name;
        match.kind = kind;
        match.code = newCode;
        match.parent = parent;
        match.touched = true;
        boolean active = existing.stream().filter(e -> e.id() == match.id).findFirst().map(Existing::active).orElse(true);
        return new Step(row, kind, newCode, same ? Action.UNCHANGED : Action.UPDATE, match.id, parentId(parent),
                parentStep(parent), active, List.of());
    }

    /** By code first (codes are meant to be unique), then by name. */
    private static Node parent(DepartmentCsv.Row row, List<Node> nodes, List<DepartmentCsv.RowError> errors) {
        String ref = row.parent();
        List<Node> byCode = nodes.stream().filter(n -> ref.equals(n.code)).toList();
        if (byCode.size() == 1) {
            return byCode.get(0);
        }
        List<Node> byName = nodes.stream().filter(n -> ref.equals(n.name)).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        errors.add(error(row, byName.isEmpty() ? ImportError.PARENT_UNKNOWN : ImportError.PARENT_AMBIGUOUS, ref));
        return null;
    }

    /** 部, 課, 係 or the English constant (any case). */
    static DepartmentKind kind(String text) {
        return switch (text.strip()) {
            case "部" -> DepartmentKind.BUREAU;
            case "課" -> DepartmentKind.DEPARTMENT;
            case "係" -> DepartmentKind.UNIT;
            default -> {
                Set<String> names = new HashSet<>();
                for (DepartmentKind k : DepartmentKind.values()) {
                    names.add(k.name());
                }
                String upper = text.strip().toUpperCase(Locale.ROOT);
                yield names.contains(upper) ? DepartmentKind.valueOf(upper) : null;
            }
        };
    }

    private static Long parentId(Node parent) {
        return parent == null ? null : parent.id;
    }

    private static Integer parentStep(Node parent) {
        return parent == null || parent.id != null ? null : parent.step;
    }

    private static Step failed(DepartmentCsv.Row row, DepartmentKind kind, String code,
                               List<DepartmentCsv.RowError> errors) {
        return new Step(row, kind, code, Action.ERROR, null, null, null, true, List.copyOf(errors));
    }

    private static DepartmentCsv.RowError error(DepartmentCsv.Row row, ImportError error, String value) {
        return new DepartmentCsv.RowError(row.line(), error, value);
    }
}
