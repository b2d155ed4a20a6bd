package kiku.backup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kiku.web.Problem;

/** Orders departments so that every parent comes before its children (a cycle is a 400). */
final class DepartmentOrder {

    private DepartmentOrder() {}

    static List<BackupDocument.DepartmentRow> parentsFirst(List<BackupDocument.DepartmentRow> rows) {
        List<BackupDocument.DepartmentRow> ordered = new ArrayList<>(rows.size());
        Set<Long> placed = new HashSet<>();
        List<BackupDocument.DepartmentRow> pending = new ArrayList<>(rows);
        while (!pending.isEmpty()) {
            int before = pending.size();
            pending.removeIf(d -> {
                if (d.parentId() == null || placed.contains(d.parentId())) {
                    ordered.add(d);
                    placed.add(d.id());
                    return true;
                }
                return false;
            });
            if (pending.size() == before) {
                throw Problem.invalid("departments.parentId", "backup.reference", pending.get(0).parentId());
            }
        }
        return ordered;
    }
}
