package kiku.issue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
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
        Map<Long, Integer> departments = departments(issueIds);
        Map<Long, Integer> hearings = counts("select issue_id, count(*) from issue_hearing where issue_id in (:ids)"
                + " group by issue_id", issueIds);
        for (Long id : issueIds) {
            backing.put(id, new Backing(departments.getOrDefault(id, 0), hearings.getOrDefault(id, 0)));
        }
        return backing;
    }

    /**
     * The number of distinct departments behind each issue (issues with none are absent); every
     * issue's when {@code issueIds} is null, in one grouped query (derived criteria need all of them).
     */
    public static Map<Long, Integer> departments(Collection<Long> issueIds) {
        String own = "select issue_id, department_id from issue_department";
        String heard = " union select ih.issue_id, h.department_id from issue_hearing ih join hearing h on h.id = ih.hearing_id";
        String sql = issueIds == null ? own + heard
                : own + " where issue_id in (:ids)" + heard + " where ih.issue_id in (:ids)";
        return counts("select x.issue_id, count(distinct x.department_id) from (" + sql + ") x group by x.issue_id",
                issueIds);
    }

    public static Backing of(long issueId) {
        return of(List.of(issueId)).getOrDefault(issueId, NONE);
    }

    private static Map<Long, Integer> counts(String sql, Collection<Long> ids) {
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return counts;
    }
}
