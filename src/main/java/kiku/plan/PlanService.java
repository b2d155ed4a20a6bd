package kiku.plan;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import kiku.audit.AuditTrail;
import kiku.issue.Issue;
import kiku.issue.IssueDto;
import kiku.issue.IssueStatus;
import kiku.plan.engine.FiscalYear;
import kiku.web.Problem;
import kiku.web.Versions;

/** Capacities per fiscal year, the plan of a year, and applying a chosen set of issues to a year. */
@ApplicationScoped
@Transactional
public class PlanService {

    /** Statuses that never belong to a plan: a rejected or merged issue costs nothing. */
    private static final Set<IssueStatus> NOT_PLANNED = EnumSet.of(IssueStatus.REJECTED, IssueStatus.MERGED);

    @Inject
    AuditTrail audit;

    @Inject
    PlanRanks ranks;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CapacityDto> capacities() {
        return FiscalYearCapacity.<FiscalYearCapacity>list("order by fiscalYear").stream().map(CapacityDto::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CapacityDto capacity(int fiscalYear) {
        FiscalYearCapacity c = FiscalYearCapacity.findById(fiscalYear);
        return c == null ? null : CapacityDto.of(c);
    }

    /** Creates the year's capacity (any version accepted), or replaces it (the version read must match). */
    public Saved putCapacity(int fiscalYear, CapacityDto input) {
        FiscalYearCapacity c = FiscalYearCapacity.findById(fiscalYear);
        boolean created = c == null;
        CapacityDto before = null;
        if (created) {
            c = new FiscalYearCapacity();
            c.fiscalYear = fiscalYear;
        } else {
            Versions.check(c.version, input.version());
            before = CapacityDto.of(c);
        }
        c.budgetYen = input.budgetYen();
        c.staffHours = input.staffHours();
        if (created) {
            c.persist();
        }
        Panache.getEntityManager().flush();
        CapacityDto after = CapacityDto.of(c);
        audit.record("capacity", (long) fiscalYear, created ? AuditTrail.Action.CREATE : AuditTrail.Action.UPDATE,
                before, after);
        return new Saved(after, created);
    }

    public record Saved(CapacityDto capacity, boolean created) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView plan(int fiscalYear) {
        List<Issue> issues = Issue.<Issue>list("fiscalYear = ?1 and status not in ?2 order by id", fiscalYear,
                NOT_PLANNED);
        return plan(fiscalYear, issues, ranks.positions(), capacity(fiscalYear));
    }

    /** Every fiscal year that has planned issues, in order: the roadmap (one read of the ranking for all years). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanView> roadmap() {
        Map<Integer, List<Issue>> byYear = new TreeMap<>();
        Issue.<Issue>list("fiscalYear is not null and status not in ?1 order by id", NOT_PLANNED)
                .forEach(i -> byYear.computeIfAbsent(i.fiscalYear, y -> new ArrayList<>()).add(i));
        Map<Long, PlanRanks.Position> positions = ranks.positions();
        Map<Integer, CapacityDto> capacities = new HashMap<>();
        capacities().forEach(c -> capacities.put(c.fiscalYear(), c));
        return byYear.entrySet().stream()
                .map(e -> plan(e.getKey(), e.getValue(), positions, capacities.get(e.getKey()))).toList();
    }

    private static PlanView plan(int fiscalYear, List<Issue> issues, Map<Long, PlanRanks.Position> positions,
                                 CapacityDto capacity) {
        List<PlanView.HalfPlan> halves = new ArrayList<>();
        List<FiscalYear.Half> order = new ArrayList<>(List.of(FiscalYear.Half.values()));
        order.add(null);
        for (FiscalYear.Half half : order) {
            List<PlanView.PlannedIssue> rows = issues.stream().filter(i -> i.plannedHalf == half)
                    .map(i -> row(i, positions.get(i.id)))
                    .sorted(Comparator.comparing(PlanView.PlannedIssue::rank, Comparator.nullsLast(Integer::compare))
                            .thenComparingLong(PlanView.PlannedIssue::issueId))
                    .toList();
            if (half != null || !rows.isEmpty()) {
                halves.add(new PlanView.HalfPlan(half, rows, cost(rows), effort(rows)));
            }
        }
        long cost = halves.stream().mapToLong(PlanView.HalfPlan::costYen).sum();
        double effort = halves.stream().mapToDouble(PlanView.HalfPlan::effortHours).sum();
        int unknown = (int) issues.stream().filter(i -> i.estimatedCostYen == null || i.effortHours == null).count();
        return new PlanView(fiscalYear, capacity, halves, cost, effort, unknown,
                capacity != null && cost > capacity.budgetYen(), capacity != null && effort > capacity.staffHours());
    }

    /**
     * Plans the issues into the year (and half, or none): NEW and ANALYZING become PLANNED, PLANNED and IN_PROGRESS
     * keep their status (work already started is not sent back). Each change is audited like an issue edit.
     */
    public PlanView apply(int fiscalYear, List<Long> issueIds, FiscalYear.Half half) {
        for (Long id : new LinkedHashSet<>(issueIds)) {
            Issue issue = Issue.findById(id);
            if (issue == null) {
                throw Problem.unknownReference("issueIds", "issue", id);
            }
            if (!issue.status.isOpen()) {
                throw Problem.unprocessable("plan.closedIssue", id);
            }
            IssueDto before = IssueDto.of(issue);
            issue.fiscalYear = fiscalYear;
            issue.plannedHalf = half;
            if (issue.status == IssueStatus.NEW || issue.status == IssueStatus.ANALYZING) {
                issue.status = IssueStatus.PLANNED;
            }
            Panache.getEntityManager().flush();
            IssueDto after = IssueDto.of(issue);
            if (!Objects.equals(before, after)) {
                audit.record("issue", id, AuditTrail.Action.UPDATE, before, after);
            }
        }
        return plan(fiscalYear);
    }

    private static PlanView.PlannedIssue row(Issue i, PlanRanks.Position p) {
        return new PlanView.PlannedIssue(i.id, i.title, i.status, p == null ? null : p.rank(),
                p == null ? null : p.total(), i.estimatedCostYen, i.effortHours);
    }

    private static long cost(List<PlanView.PlannedIssue> rows) {
        return rows.stream().map(PlanView.PlannedIssue::estimatedCostYen).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum();
    }

    private static double effort(List<PlanView.PlannedIssue> rows) {
        return rows.stream().map(PlanView.PlannedIssue::effortHours).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
    }
}
