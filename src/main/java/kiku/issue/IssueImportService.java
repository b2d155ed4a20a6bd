package kiku.issue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiku.csvimport.ImportChecks;
import kiku.csvimport.Importer;
import kiku.csvimport.Violations;
import kiku.csvimport.engine.Action;
import kiku.csvimport.engine.Column;
import kiku.csvimport.engine.DepartmentRefs;
import kiku.csvimport.engine.Plan;
import kiku.csvimport.engine.RowError;
import kiku.department.Department;
import kiku.issue.engine.IssuePlan;

/**
 * Issues from a CSV file. Each line becomes the DTO the API takes, checked by the API's own
 * constraints, and is written through {@link IssueService} (which audits); the whole file is one
 * transaction.
 */
@ApplicationScoped
@Transactional
public class IssueImportService implements Importer<IssuePlan.Step> {

    private static final Map<String, Column> FIELDS = Map.of("title", Column.TITLE, "departmentIds", Column.DEPARTMENTS,
            "description", Column.DESCRIPTION, "background", Column.BACKGROUND, "category", Column.CATEGORY,
            "proposal", Column.PROPOSAL, "status", Column.STATUS, "annualHours", Column.ANNUAL_HOURS,
            "fiscalYear", Column.FISCAL_YEAR);

    @Inject
    IssueService issues;

    @Inject
    Validator validator;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan<IssuePlan.Step> preview(String text) {
        DepartmentRefs departments = Department.refs();
        Map<Long, List<Long>> departmentIds = IssueLinks.departmentIds(null);
        Map<Long, List<Long>> hearingIds = IssueLinks.hearingIds(null);
        List<IssuePlan.Existing> stored = Issue.<Issue>listAll().stream()
                .map(i -> new IssuePlan.Existing(i.id, i.title, i.status, i.description, i.background, i.category,
                        i.proposal, i.annualHours, i.fiscalYear, Set.copyOf(departmentIds.getOrDefault(i.id, List.of())),
                        hearingIds.getOrDefault(i.id, List.of()), i.version)).toList();
        return IssuePlan.of(text, departments, stored, this::check);
    }

    @Override
    public Plan<IssuePlan.Step> save(String text, boolean validOnly, String signature) {
        Plan<IssuePlan.Step> plan = preview(text);
        for (IssuePlan.Step step : ImportChecks.writable(plan, validOnly, signature)) {
            if (step.action() == Action.CREATE) {
                issues.create(dto(step));
            } else {
                issues.update(step.targetId(), dto(step), true);
            }
        }
        return plan;
    }

    private List<RowError> check(IssuePlan.Step step) {
        return Violations.of(step.line(), validator.validate(dto(step)), FIELDS);
    }

    /** The plan's fields (half, estimates) and the quotes (evidence null) are not in the file: an update keeps the stored ones. */
    private static IssueDto dto(IssuePlan.Step step) {
        IssuePlan.Values v = step.values();
        Issue stored = step.targetId() == null ? null : Issue.findById(step.targetId());
        return new IssueDto(null, v.title(), v.description(), v.background(), v.category(), v.proposal(), v.status(),
                v.departmentIds(), v.hearingIds(), v.annualHours(), v.fiscalYear(), null, step.targetVersion(),
                stored == null || v.fiscalYear() == null ? null : stored.plannedHalf,
                stored == null ? null : stored.estimatedCostYen, stored == null ? null : stored.effortHours,
                keepsWorkload(stored, v) ? stored.casesPerYear : null, keepsWorkload(stored, v) ? stored.minutesPerCase : null,
                null);
    }

    /** The cases × minutes estimate stays while the file keeps its hours; new hours in the file replace it. */
    private static boolean keepsWorkload(Issue stored, IssuePlan.Values v) {
        return stored != null && java.util.Objects.equals(stored.annualHours, v.annualHours());
    }
}
