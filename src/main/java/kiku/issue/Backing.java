package kiku.issue;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many distinct departments and hearings stand behind an issue (横展開): its own departments
 * together with the departments of the hearings that raised it, and those hearings.
 */
public record Backing(int departments, int hearings) {

    public static final Backing NONE = new Backing(0, 0);

    /** Both counts for many issues: two plain reads, counted here (H2's grouped union was a page's dearest query). */
    public static Map<Long, Backing> of(Collection<Long> issueIds) {
        return of(issueIds, departmentIds(issueIds));
    }

    /** Both counts, given the issues' own departments (from {@link #departmentIds}) that the caller already read. */
    public static Map<Long, Backing> of(Collection<Long> issueIds, Map<Long, List<Long>> ownDepartments) {
        Map<Long, Set<Long>> departments = new HashMap<>();
        Map<Long, Integer> hearings = new HashMap<>();
        ownDepartments.forEach((id, list) -> departments.computeIfAbsent(id, k -> new HashSet<>()).addAll(list));
        for (Object[] r : rows("select ih.issue_id, h.department_id from issue_hearing ih"
                + " join hearing h on h.id = ih.hearing_id where ih.issue_id in (:ids)", issueIds)) {
            long id = ((Number) r[0]).longValue();
            departments.computeIfAbsent(id, k -> new HashSet<>()).add(((Number) r[1]).longValue());
            hearings.merge(id, 1, Integer::sum);
        }
        Map<Long, Backing> backing = new HashMap<>();
        for (Long id : issueIds) {
            backing.put(id, new Backing(departments.getOrDefault(id, Set.of()).size(), hearings.getOrDefault(id, 0)));
        }
        return backing;
    }

    public static Backing of(long issueId) {
        return of(List.of(issueId)).getOrDefault(issueId, NONE);
    }

    /** Each issue's own departments, ascending by id. */
    public static Map<Long, List<Long>> departmentIds(Collection<Long> issueIds) {
        Map<Long, List<Long>> departments = new HashMap<>();
        for (Object[] r : rows("select issue_id, department_id from issue_department where issue_id in (:ids)"
                + " order by department_id", issueIds)) {
            departments.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        return departments;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : Panache.getEntityManager().createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }
}
