package kiku.issue;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many distinct departments and hearings stand behind an issue (横展開): its own departments
 * together with the departments of the hearings that raised it, and those hearings.
 *
 * <p>Read as plain (issue, department) pairs and counted here: H2's grouped union of the two
 * sources was the dearest query of a backlog page.
 */
public record Backing(int departments, int hearings) {

    public static final Backing NONE = new Backing(0, 0);

    /** Both counts for many issues. */
    public static Map<Long, Backing> of(Collection<Long> issueIds) {
        return of(issueIds, IssueLinks.departmentIds(issueIds));
    }

    /** Both counts, given the issues' own departments (from {@link IssueLinks#departmentIds}) that the caller already read. */
    public static Map<Long, Backing> of(Collection<Long> issueIds, Map<Long, List<Long>> ownDepartments) {
        Map<Long, Set<Long>> departments = new HashMap<>();
        Map<Long, Integer> hearings = new HashMap<>();
        collect(issueIds, ownDepartments, departments, hearings);
        Map<Long, Backing> backing = new HashMap<>();
        for (Long id : issueIds) {
            backing.put(id, new Backing(departments.getOrDefault(id, Set.of()).size(), hearings.getOrDefault(id, 0)));
        }
        return backing;
    }

    public static Backing of(long issueId) {
        return of(List.of(issueId)).getOrDefault(issueId, NONE);
    }

    /**
     * The number of distinct departments behind each issue (issues with none are absent); every
     * issue's when {@code issueIds} is null (derived criteria need all of them).
     */
    public static Map<Long, Integer> departments(Collection<Long> issueIds) {
        Map<Long, Set<Long>> departments = new HashMap<>();
        collect(issueIds, IssueLinks.departmentIds(issueIds), departments, new HashMap<>());
        Map<Long, Integer> counts = new HashMap<>();
        departments.forEach((id, set) -> counts.put(id, set.size()));
        return counts;
    }

    private static void collect(Collection<Long> issueIds, Map<Long, List<Long>> own,
                                Map<Long, Set<Long>> departments, Map<Long, Integer> hearings) {
        own.forEach((id, list) -> departments.computeIfAbsent(id, k -> new HashSet<>()).addAll(list));
        for (Object[] r : IssueLinks.rows("select ih.issue_id, h.department_id from issue_hearing ih"
                + " join hearing h on h.id = ih.hearing_id", "ih.issue_id", issueIds, "")) {
            long id = ((Number) r[0]).longValue();
            departments.computeIfAbsent(id, k -> new HashSet<>()).add(((Number) r[1]).longValue());
            hearings.merge(id, 1, Integer::sum);
        }
    }
}
