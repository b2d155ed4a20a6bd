package kiku.issue;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import kiku.audit.AuditTrail;
import kiku.department.Department;
import kiku.hearing.Hearing;
import kiku.scoring.DerivedScores;
import kiku.scoring.RankingStore;
import kiku.web.Paging;
import kiku.web.Problem;
import kiku.web.Versions;
import static kiku.web.Text.blankToNull;

/** Issues: what officers record, and what managers plan (status, fiscal year and its half only). */
@ApplicationScoped
@Transactional
public class IssueService {

    @Inject
    AuditTrail audit;

    /** Derived criteria read an issue's departments, hearings and hours: they follow every change here. */
    @Inject
    DerivedScores derived;
    @Inject
    RankingStore ranking;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging.Result<IssueDto> list(IssueFilter filter, Paging paging) {
        EntityManager em = Panache.getEntityManager();
        Map<String, Object> params = new HashMap<>();
        String where = " from issue i where 1 = 1" + filter.sql(params);
        Query ids = em.createNativeQuery("select i.id" + where + " order by i.id", Long.class);
        Query count = em.createNativeQuery("select count(*)" + where);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        @SuppressWarnings("unchecked")
        List<Long> page = ids.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        List<IssueDto> items = page.isEmpty() ? List.of()
                : Issue.<Issue>list("id in ?1 order by id", page).stream().map(IssueDto::of).toList();
        return paging.of(items, ((Number) count.getSingleResult()).longValue());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Issue get(long id) {
        Issue issue = Issue.findById(id);
        if (issue == null) {
            throw Problem.notFound("issue", id);
        }
        return issue;
    }

    public IssueDto create(IssueDto input) {
        derived.lock();
        Issue issue = new Issue();
        Map<Long, String> quotes = IssueQuotes.wanted(input);
        applyContent(issue, input);
        applyPlanning(issue, input);
        issue.persist();
        Panache.getEntityManager().flush();
        IssueQuotes.save(issue, quotes, null);
        derived.issuesChanged(List.of(issue.id));
        ranking.recompute(issue.id); // a new open issue is listed as unscored
        IssueDto created = IssueDto.of(issue);
        audit.record("issue", issue.id, AuditTrail.Action.CREATE, null, created);
        return created;
    }

    /**
     * Replaces an issue. Without {@code mayEditContent} (a manager who is no officer) only status,
     * fiscal year and planned half may differ from what is stored.
     */
    public IssueDto update(long id, IssueDto input, boolean mayEditContent) {
        derived.lock();
        Issue issue = get(id);
        Versions.check(issue.version, input.version());
        if (issue.status == IssueStatus.MERGED && input.status() != IssueStatus.MERGED) {
            // folded into another issue (mergedIntoId): its record stays as it was merged, as on its page
            throw Problem.unprocessable("issue.mergedReadOnly");
        }
        if (!mayEditContent && !sameContent(issue, input)) {
            throw new Problem(403, "issue.plannerOnly", List.of());
        }
        // Only open issues are ranked (LiveRanking): opening or closing one tells the ranking.
        boolean opensOrCloses = issue.status.isOpen() != (input.status() == null || input.status().isOpen());
        IssueDto before = IssueDto.of(issue);
        Map<Long, String> quotes = IssueQuotes.wanted(input);
        applyContent(issue, input);
        applyPlanning(issue, input);
        Panache.getEntityManager().flush();
        IssueQuotes.save(issue, quotes, before.version());
        derived.issuesChanged(List.of(id));
        if (opensOrCloses) {
            ranking.recompute(id);
        }
        IssueDto after = IssueDto.of(issue);
        audit.record("issue", id, AuditTrail.Action.UPDATE, before, after);
        return after;
    }

    public void delete(long id) {
        derived.lock();
        Issue issue = get(id);
        Panache.getEntityManager().createQuery("update Issue i set i.mergedIntoId = null where i.mergedIntoId = :id")
                .setParameter("id", id).executeUpdate();
        audit.record("issue", id, AuditTrail.Action.DELETE, IssueDto.of(issue), null);
        issue.delete();
        ranking.recompute(id); // leaves the ranking
    }

    /**
     * Folds {@code sourceId} into {@code targetId}: the target gains the source's departments and
     * hearings (with their quotes, where it has none of its own), the source becomes MERGED and points to the target.
     */
    public IssueDto merge(long targetId, long sourceId) {
        derived.lock();
        Issue target = get(targetId);
        Issue source = get(sourceId);
        if (targetId == sourceId) {
            throw Problem.unprocessable("issue.mergeSelf");
        }
        if (target.status == IssueStatus.MERGED || source.status == IssueStatus.MERGED) {
            throw Problem.unprocessable("issue.mergeMerged");
        }
        IssueDto targetBefore = IssueDto.of(target);
        IssueDto sourceBefore = IssueDto.of(source);
        target.departmentIds.addAll(source.departmentIds);
        target.hearingIds.addAll(source.hearingIds);
        source.status = IssueStatus.MERGED;
        source.mergedIntoId = targetId;
        Panache.getEntityManager().flush();
        IssueQuotes.merge(target, source, targetBefore.version());
        derived.issuesChanged(List.of(targetId));
        ranking.recompute(sourceId);
        IssueDto merged = IssueDto.of(target);
        audit.record("issue", targetId, AuditTrail.Action.UPDATE, targetBefore, merged);
        audit.record("issue", sourceId, AuditTrail.Action.UPDATE, sourceBefore, IssueDto.of(source));
        return merged;
    }

    private void applyContent(Issue issue, IssueDto input) {
        issue.title = input.title().strip();
        issue.description = blankToNull(input.description());
        issue.background = blankToNull(input.background());
        issue.category = blankToNull(input.category());
        issue.proposal = blankToNull(input.proposal());
        if ((input.casesPerYear() == null) != (input.minutesPerCase() == null)) {
            throw Problem.invalid(input.casesPerYear() == null ? "casesPerYear" : "minutesPerCase", "issue.workloadPair");
        }
        issue.annualHours = input.derivedAnnualHours();
        issue.casesPerYear = input.casesPerYear();
        issue.minutesPerCase = input.minutesPerCase();
        issue.estimatedCostYen = input.estimatedCostYen();
        issue.effortHours = input.effortHours();
        replace(issue.departmentIds, existing(input.departmentIds(), Department.class, "departmentIds", "department"));
        replace(issue.hearingIds, existing(input.hearingIds(), Hearing.class, "hearingIds", "hearing"));
    }

    private void applyPlanning(Issue issue, IssueDto input) {
        if (input.status() == IssueStatus.MERGED) {
            throw Problem.invalid("status", "issue.mergedStatus");
        }
        issue.status = input.status() == null ? IssueStatus.NEW : input.status();
        if (input.plannedHalf() != null && input.fiscalYear() == null) {
            throw Problem.invalid("plannedHalf", "issue.halfWithoutYear");
        }
        issue.fiscalYear = input.fiscalYear();
        issue.plannedHalf = input.plannedHalf();
    }

    private static boolean sameContent(Issue issue, IssueDto input) {
        return Objects.equals(issue.title, input.title().strip())
                && Objects.equals(issue.description, blankToNull(input.description()))
                && Objects.equals(issue.background, blankToNull(input.background()))
                && Objects.equals(issue.category, blankToNull(input.category()))
                && Objects.equals(issue.proposal, blankToNull(input.proposal()))
                && Objects.equals(issue.annualHours, input.derivedAnnualHours())
                && Objects.equals(issue.casesPerYear, input.casesPerYear())
                && Objects.equals(issue.minutesPerCase, input.minutesPerCase())
                && Objects.equals(issue.estimatedCostYen, input.estimatedCostYen())
                && Objects.equals(issue.effortHours, input.effortHours())
                && issue.departmentIds.equals(new HashSet<>(input.departmentIds()))
                && issue.hearingIds.equals(new HashSet<>(input.hearingIds() == null ? List.of() : input.hearingIds()))
                && IssueQuotes.unchanged(issue, input);
    }

    /** The ids, checked to exist (one query); an unknown one is a 400 naming the field. */
    private static Set<Long> existing(List<Long> ids, Class<?> entity, String field, String what) {
        Set<Long> wanted = ids == null ? Set.of() : new TreeSet<>(ids);
        if (wanted.isEmpty()) {
            return wanted;
        }
        List<Long> found = Panache.getEntityManager()
                .createQuery("select e.id from " + entity.getSimpleName() + " e where e.id in :ids", Long.class)
                .setParameter("ids", wanted).getResultList();
        for (Long id : wanted) {
            if (!found.contains(id)) {
                throw Problem.unknownReference(field, what, id);
            }
        }
        return wanted;
    }

    private static void replace(Set<Long> target, Set<Long> values) {
        target.retainAll(values);
        target.addAll(values);
    }
}
