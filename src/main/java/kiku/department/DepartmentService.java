package kiku.department;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kiku.audit.AuditTrail;
import kiku.csvimport.ImportChecks;
import kiku.csvimport.Importer;
import kiku.csvimport.engine.Action;
import kiku.csvimport.engine.Plan;
import kiku.department.engine.DepartmentCsv;
import kiku.department.engine.DepartmentPlan;
import kiku.scoring.RankingStore;
import kiku.web.Paging;
import kiku.web.Problem;
import kiku.web.Versions;

/** The organisation tree: names unique among siblings, parents that exist, no cycles. */
@ApplicationScoped
@Transactional
public class DepartmentService implements Importer<DepartmentPlan.Step> {

    @Inject
    AuditTrail audit;

    @Inject
    RankingStore writers;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging.Result<DepartmentDto> list(Paging paging) {
        var query = Department.find("order by id");
        var items = query.page(paging.page(), paging.size()).list().stream()
                .map(d -> DepartmentDto.of((Department) d)).toList();
        return paging.of(items, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Department get(long id) {
        Department department = Department.findById(id);
        if (department == null) {
            throw Problem.notFound("department", id);
        }
        return department;
    }

    public DepartmentDto create(DepartmentDto input) {
        Department department = new Department();
        apply(department, input);
        department.persist();
        DepartmentDto created = DepartmentDto.of(department);
        audit.record("department", department.id, AuditTrail.Action.CREATE, null, created);
        return created;
    }

    public DepartmentDto update(long id, DepartmentDto input) {
        Department department = get(id);
        Versions.check(department.version, input.version());
        DepartmentDto before = DepartmentDto.of(department);
        apply(department, input);
        Panache.getEntityManager().flush();
        DepartmentDto after = DepartmentDto.of(department);
        audit.record("department", id, AuditTrail.Action.UPDATE, before, after);
        return after;
    }

    public void delete(long id) {
        writers.lock(); // see apply
        Department department = get(id);
        if (Department.count("parentId", id) > 0) {
            throw Problem.conflict("department.hasChildren");
        }
        long uses = Panache.getEntityManager()
                .createQuery("select count(h) from Hearing h where h.departmentId = :id", Long.class)
                .setParameter("id", id).getSingleResult()
                + ((Number) Panache.getEntityManager()
                        .createNativeQuery("select count(*) from issue_department where department_id = :id")
                        .setParameter("id", id).getSingleResult()).longValue();
        if (uses > 0) {
            throw Problem.conflict("department.inUse");
        }
        audit.record("department", id, AuditTrail.Action.DELETE, DepartmentDto.of(department), null);
        department.delete();
    }

    /** What importing a department CSV would do; nothing is saved. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan<DepartmentPlan.Step> preview(String text) {
        List<DepartmentPlan.Existing> existing = Department.listOrdered().stream().map(d -> new DepartmentPlan.Existing(
                d.id, d.name, d.kind, d.parentId, d.code, d.active, d.version)).toList();
        return DepartmentPlan.of(DepartmentCsv.parse(text), existing);
    }

    /**
     * Imports a department CSV in one transaction, planned again against what is stored now (see
     * {@link ImportChecks}). A line whose parent an earlier line creates gets that new id.
     */
    @Override
    public Plan<DepartmentPlan.Step> save(String text, boolean validOnly, String signature) {
        Plan<DepartmentPlan.Step> plan = preview(text);
        ImportChecks.writable(plan, validOnly, signature);
        Map<Integer, Long> created = new HashMap<>();
        List<DepartmentPlan.Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            DepartmentPlan.Step step = steps.get(i);
            Long parentId = step.parentStep() != null ? created.get(step.parentStep()) : step.parentId();
            DepartmentDto input = new DepartmentDto(null, step.row().name(), step.kind(), parentId, step.code(),
                    step.active(), step.targetVersion());
            if (step.action() == Action.CREATE) {
                Department department = new Department();
                apply(department, input);
                department.persist();
                Panache.getEntityManager().flush();
                created.put(i, department.id);
                audit.record("department", department.id, AuditTrail.Action.CREATE, null, DepartmentDto.of(department));
            } else if (step.action() == Action.UPDATE) {
                update(step.targetId(), input);
            }
        }
        Panache.getEntityManager().flush();
        return plan;
    }

    private void apply(Department department, DepartmentDto input) {
        // One writer at a time with those that link to departments (issues, hearings, which take the same
        // lock): a department deleted meanwhile cannot be linked, one linked meanwhile is not deleted, and
        // two equal names under one parent cannot both pass the check below.
        writers.lock();
        String name = input.name().strip();
        if (input.parentId() != null) {
            checkParent(department.id, input.parentId());
        }
        boolean taken = Department.<Department>stream("name", name)
                .anyMatch(other -> !other.id.equals(department.id) && Objects.equals(other.parentId, input.parentId()));
        if (taken) {
            throw Problem.conflict("department.duplicate", name);
        }
        department.name = name;
        department.kind = input.kind();
        department.parentId = input.parentId();
        department.code = input.code() == null || input.code().isBlank() ? null : input.code().strip();
        department.active = input.active() == null || input.active();
    }

    /** The parent must exist and must not be the department itself or one of its descendants. */
    private void checkParent(Long selfId, long parentId) {
        Set<Long> seen = new HashSet<>();
        Long current = parentId;
        while (current != null) {
            if (current.equals(selfId) || !seen.add(current)) {
                throw Problem.invalid("parentId", "department.cycle");
            }
            Department ancestor = Department.findById(current);
            if (ancestor == null) {
                throw Problem.unknownReference("parentId", "department", current);
            }
            current = ancestor.parentId;
        }
    }
}
