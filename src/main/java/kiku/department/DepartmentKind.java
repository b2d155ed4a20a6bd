package kiku.department;

/** 部 (bureau) → 課 (department) → 係 (unit). */
public enum DepartmentKind {
    BUREAU, DEPARTMENT, UNIT
}
