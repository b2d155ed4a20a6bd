package kiku.department.engine;

import kiku.department.DepartmentKind;

/** A department as an import plan goes: the stored ones, then those the import creates or changes. */
final class DepartmentNode {

    final Long id;
    final Integer step;
    String name;
    DepartmentKind kind;
    String code;
    DepartmentNode parent;
    /** The file line that created or changed this department; 0 while untouched. */
    int line;

    DepartmentNode(Long id, Integer step, String name, DepartmentKind kind, String code) {
        this.id = id;
        this.step = step;
        this.name = name;
        this.kind = kind;
        this.code = code;
    }

    boolean touched() {
        return line > 0;
    }

    /** Whether {@code node} is this department or one of its ancestors. */
    boolean isBelow(DepartmentNode node) {
        for (DepartmentNode up = this; up != null; up = up.parent) {
            if (up == node) {
                return true;
            }
        }
        return false;
    }
}
