package kiku.issue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues' departments and hearings for many issues in one read each: loading them through
 * {@link Issue}'s collections costs two queries per issue.
 */
public final class IssueLinks {

    private IssueLinks() {}

    /** Each issue's own departments, ascending by id; every issue's when {@code issueIds} is null. */
    public static Map<Long, List<Long>> departmentIds(Collection<Long> issueIds) {
        return pairs("select issue_id, department_id from issue_department", issueIds, " order by department_id");
    }

    /** Each issue's hearings, ascending by id; every issue's when {@code issueIds} is null. */
    public static Map<Long, List<Long>> hearingIds(Collection<Long> issueIds) {
        return pairs("select issue_id, hearing_id from issue_hearing", issueIds, " order by hearing_id");
    }

    private static Map<Long, List<Long>> pairs(String sql, Collection<Long> issueIds, String order) {
        Map<Long, List<Long>> byIssue = new HashMap<>();
        for (Object[] r : rows(sql, "issue_id", issueIds, order)) {
            byIssue.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        return byIssue;
    }

    /** The rows of {@code sql}, limited to the issues when given (none when the list is empty). */
    @SuppressWarnings("unchecked")
    static List<Object[]> rows(String sql, String issueColumn, Collection<Long> issueIds, String order) {
        if (issueIds != null && issueIds.isEmpty()) {
            return List.of();
        }
        Query query = Panache.getEntityManager().createNativeQuery(sql
                + (issueIds == null ? "" : " where " + issueColumn + " in (:ids)") + order);
        if (issueIds != null) {
            query.setParameter("ids", issueIds);
        }
        return query.getResultList();
    }
}
