package kiku.report;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.backlog.BacklogService;
import kiku.backlog.BacklogView;
import kiku.department.Department;
import kiku.department.DepartmentKind;
import kiku.hearing.HearingStatus;
import kiku.issue.IssueFilter;
import kiku.issue.IssueStatus;

/**
 * The report's page per department: its hearings (with their round) and its issues with their
 * city-wide rank. A fixed number of queries for the whole city, whatever its size.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportSections {

    public record HearingLine(long id, LocalDate heldOn, HearingStatus status, int round, String interviewer) {}

    /** {@code rank} and {@code total} are null for an issue that is not ranked (closed or unscored). */
    public record IssueLine(long id, String title, IssueStatus status, Integer rank, Double total) {}

    public record Section(long id, String name, List<HearingLine> hearings, List<IssueLine> issues) {}

    @Inject
    BacklogService backlog;

    public List<Section> sections() {
        List<Department> departments = Department.list("kind = ?1 and active = true order by code, name, id",
                DepartmentKind.DEPARTMENT);
        Map<Long, List<HearingLine>> hearings = new HashMap<>();
        Long previous = null;
        int round = 0;
        for (Object[] r : rows("select department_id, id, held_on, status, interviewer from hearing"
                + " order by department_id, held_on, id")) {
            long department = ((Number) r[0]).longValue();
            round = Long.valueOf(department).equals(previous) ? round + 1 : 1;
            previous = department;
            hearings.computeIfAbsent(department, k -> new ArrayList<>()).add(new HearingLine(((Number) r[1]).longValue(),
                    ReportService.date(r[2]), HearingStatus.valueOf((String) r[3]), round, (String) r[4]));
        }
        Map<Long, BacklogView.Item> ranked = new HashMap<>();
        backlog.allRanked(IssueFilter.NONE).forEach(i -> ranked.put(i.issueId(), i));
        Map<Long, List<IssueLine>> issues = new HashMap<>();
        for (Object[] r : rows("select x.department_id, i.id, i.title, i.status from issue_department x"
                + " join issue i on i.id = x.issue_id where i.status <> 'MERGED' order by i.id")) {
            long id = ((Number) r[1]).longValue();
            BacklogView.Item item = ranked.get(id);
            issues.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new IssueLine(id,
                    (String) r[2], IssueStatus.valueOf((String) r[3]), item == null ? null : item.rank(),
                    item == null ? null : item.total()));
        }
        Comparator<IssueLine> byRank = Comparator
                .comparing(IssueLine::rank, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                .thenComparingLong(IssueLine::id);
        return departments.stream().map(d -> new Section(d.id, d.name, hearings.getOrDefault(d.id, List.of()),
                issues.getOrDefault(d.id, List.of()).stream().sorted(byRank).toList())).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql) {
        return Panache.getEntityManager().createNativeQuery(sql).getResultList();
    }
}
