package kiku.issue;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many distinct departments and hearings stand behind an issue (横展開): its own departments
 * together with the departments of the hearings that raised it, and those hearings.
 */
public record Backing(int departments, int hearings) {

    public static final Backing NONE = new Backing(0, 0);

    /** Both counts for many issues in two grouped queries. */
    public static Map<Long, Backing> of(Collection<Long> issueIds) {
        Map<Long, Backing> backing = new HashMap<>();
        if (issueIds.isEmpty()) {
            return backing;
        }
        Map<Long, Integer> departments = counts("select x.issue_id, count(distinct x.department_id) from ("
                + " select issue_id, department_id from issue_department where issue_id in (:ids)"
                + " union select ih.issue_id, h.department_id from issue_hearing ih join hearing h on h.id = ih.hearing_id"
                + " where ih.issue_id in (:ids)) x group by x.issue_id", issueIds);
        Map<Long, Integer> hearings = counts("select issue_id, count(*) from issue_hearing where issue_id in (:ids)"
                + " group by issue_id", issueIds);
        for (Long id : issueIds) {
            backing.put(id, new Backing(departments.getOrDefault(id, 0), hearings.getOrDefault(id, 0)));
        }
        return backing;
    }

    public static Backing of(long issueId) {
        return of(List.of(issueId)).getOrDefault(issueId, NONE);
    }

    private static Map<Long, Integer> counts(String sql, Collection<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(sql).setParameter("ids", ids).getResultList();
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return counts;
    }
}
