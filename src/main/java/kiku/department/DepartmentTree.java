package kiku.department;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The organisation tree in reading order: each department followed by those below it. */
public final class DepartmentTree {

    /** A department and how deep it sits (0 for a 部 or any department without a parent). */
    public record Node(Department department, int depth) {

        /** The name indented with full-width spaces, for select options (which take no markup). */
        public String indentedName() {
            return "\u3000".repeat(depth) + department.name;
        }
    }

    /** Siblings by code (as the city numbers them), then name. */
    private static final Comparator<Department> SIBLINGS = Comparator
            .comparing((Department d) -> d.code == null ? "\uffff" : d.code)
            .thenComparing(d -> d.name).thenComparing(d -> d.id);

    private DepartmentTree() {}

    public static List<Node> ordered(List<Department> all) {
        Set<Long> ids = new HashSet<>();
        all.forEach(d -> ids.add(d.id));
        Map<Long, List<Department>> children = new HashMap<>();
        List<Department> roots = new ArrayList<>();
        for (Department d : all) {
            if (d.parentId == null || !ids.contains(d.parentId)) {
                roots.add(d);
            } else {
                children.computeIfAbsent(d.parentId, k -> new ArrayList<>()).add(d);
            }
        }
        List<Node> nodes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        roots.sort(SIBLINGS);
        roots.forEach(root -> walk(root, 0, children, seen, nodes));
        // a cycle stored before the service refused them would hide its members: list them anyway
        all.stream().filter(d -> !seen.contains(d.id)).sorted(SIBLINGS).forEach(d -> walk(d, 0, children, seen, nodes));
        return nodes;
    }

    /** The department and every one below it: none of them can become its parent. */
    public static Set<Long> subtree(long id, List<Department> all) {
        Set<Long> below = new HashSet<>(Set.of(id));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Department d : all) {
                if (d.parentId != null && below.contains(d.parentId) && below.add(d.id)) {
                    grew = true;
                }
            }
        }
        return below;
    }

    private static void walk(Department d, int depth, Map<Long, List<Department>> children, Set<Long> seen,
                             List<Node> nodes) {
        if (!seen.add(d.id)) {
            return;
        }
        nodes.add(new Node(d, depth));
        List<Department> below = new ArrayList<>(children.getOrDefault(d.id, List.of()));
        below.sort(SIBLINGS);
        below.forEach(child -> walk(child, depth + 1, children, seen, nodes));
    }
}
