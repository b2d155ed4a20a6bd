package kiku.csvimport.engine;

import java.util.List;

/** Departments as hearing and issue files name them: by code first (codes are unique), then by name. */
public final class DepartmentRefs {

    public record Ref(long id, String name, String code) {}

    private final List<Ref> departments;

    public DepartmentRefs(List<Ref> departments) {
        this.departments = List.copyOf(departments);
    }

    /** The department's id, or null after adding why not to {@code errors}. */
    public Long find(String text, int line, Column column, List<RowError> errors) {
        String ref = Cells.normal(text);
        List<Ref> byCode = departments.stream().filter(d -> d.code() != null && ref.equals(Cells.normal(d.code()))).toList();
        if (byCode.size() == 1) {
            return byCode.get(0).id();
        }
        List<Ref> byName = departments.stream().filter(d -> ref.equals(Cells.normal(d.name()))).toList();
        if (byName.size() == 1) {
            return byName.get(0).id();
        }
        errors.add(new RowError(line, byName.isEmpty() ? ImportError.DEPARTMENT_UNKNOWN : ImportError.DEPARTMENT_AMBIGUOUS,
                column, text));
        return null;
    }
}
